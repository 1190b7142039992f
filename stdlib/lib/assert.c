/* The failure path of assert(): "FILE:LINE: FUNC: Assertion `EXPR' failed." on the console
 * (written piecewise so that assert does not pull in printf), then abort(). */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <cockpit/io.h>

static void put(const char *s)
{
    ck_io_write(s, strlen(s));
}

_Noreturn void __ck_assert_fail(const char *expr, const char *file, int line, const char *func)
{
    char num[12], *p = num + sizeof num;
    unsigned v = (unsigned)line;
    *--p = 0;
    do *--p = (char)('0' + v % 10); while ((v /= 10) != 0);
    put(file);
    put(":");
    put(p);
    put(": ");
    put(func);
    put(": Assertion `");
    put(expr);
    put("' failed.\n");
    abort();
}
