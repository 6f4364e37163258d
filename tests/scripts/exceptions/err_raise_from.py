class ConfigError(Exception):
    pass
def load(name):
    try:
        open_config = {'main': 'ok'}
        return open_config[name]
    except KeyError as e:
        raise ConfigError('cannot load ' + repr(name)) from e
print(load('main'))
load('other')
