/* C99's _Pragma operator (also from macros), gcc's __extension__ and zero-length arrays. */
#include <stdio.h>

#define DIAG(x) _Pragma(#x)
#define QUIET_BEGIN DIAG(GCC diagnostic push) DIAG(GCC diagnostic ignored "-Wunused-variable")
#define QUIET_END _Pragma("GCC diagnostic pop")

struct packet { unsigned short len; unsigned char data[0]; };

QUIET_BEGIN
static int quiet(void) { int unused; return 1; }
QUIET_END

int main(void)
{
    __extension__ long long v = 1LL << 40;
    _Pragma("message(\"a \\\"quoted\\\" message\")") int n = quiet();
    printf("%d %lld %zu\n", n, v >> 38, sizeof(struct packet));
    return 0;
}
