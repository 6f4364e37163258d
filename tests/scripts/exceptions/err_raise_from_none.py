def lookup(k):
    try:
        return {}[k]
    except KeyError:
        raise LookupError('no key ' + k) from None
lookup('zz')
