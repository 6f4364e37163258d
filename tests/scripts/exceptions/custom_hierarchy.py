class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg='db failure'):
        super().__init__(msg, table)
        self.table = table
class NotFound(DbError):
    pass
class AuthError(AppError):
    def __str__(self):
        return 'auth: ' + self.args[0]
for exc in [NotFound('users'), DbError('orders', 'locked'), AuthError('denied'), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound', e.table, e.args, str(e))
    except DbError as e:
        print('DbError', e.table, e.args)
    except AppError as e:
        print('AppError', type(e).__name__, str(e), repr(e))
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, Exception), issubclass(AuthError, DbError))
class WithRepr(Exception):
    pass
print(repr(WithRepr('a', 1)), str(WithRepr('a', 1)), str(WithRepr()), repr(WithRepr()))
