#include <stdio.h>
#define A 2
#define B (A * 3)
#if B == 6 && defined(A)
#define R1 "yes"
#else
#define R1 "no"
#endif
#if !defined B || B > 10
#define R2 1
#elif B > 5
#define R2 2
#else
#define R2 3
#endif
#if 0
this is not C at all ' "
#endif
#ifndef UNDEFINED_THING
#define R3 (1 ? 7 : 8)
#endif
#if (1 << 4) == 16 && 10 / 3 == 3 && -1 < 0 && 0xff == 255 && 'A' == 65
#define R4 1
#endif
#if defined __COCKPIT__ || defined __GNUC__
#define R5 "compiler"
#endif
#if 5u - 6 > 0
#define R6 "unsigned"
#endif
int main(void) {
    printf("%s %d %d %d %s %s\n", R1, R2, R3, R4, R5, R6);
    return 0;
}
