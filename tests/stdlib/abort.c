/* abort stops at once with status 134 (a native program dies of SIGABRT, which the shell reports
 * as 134); atexit handlers do not run. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void)
{
    printf("must not run\n");
}

int main(void)
{
    atexit(handler);
    printf("before abort\n");
    fflush(stdout);
    abort();
}
