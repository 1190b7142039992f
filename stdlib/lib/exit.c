/* exit, atexit, _Exit. The VM enters main directly, so the handlers run when the program calls
 * exit(), not when main returns. */
#include <stdlib.h>

#include <cockpit/sys.h>

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
    if (nhandlers == ATEXIT_MAX) return -1;
    handlers[nhandlers++] = fn;
    return 0;
}

_Noreturn void exit(int status)
{
    while (nhandlers > 0) handlers[--nhandlers]();
    ck_sys_exit(status);
}

_Noreturn void _Exit(int status)
{
    ck_sys_exit(status);
}
