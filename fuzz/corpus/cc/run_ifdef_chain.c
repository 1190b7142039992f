#include <stdio.h>
#define LEVEL 3
int main(void) {
#if LEVEL == 1
    printf("one\n");
#elif LEVEL == 2
    printf("two\n");
#elif LEVEL == 3
# if defined(LEVEL) && !defined(NOPE)
    printf("three\n");
#  ifdef NOPE
    printf("nope\n");
#  endif
# endif
#else
    printf("other\n");
#endif
#if 0
# if garbage ((
# error never
# endif
#elif 1
    printf("elif after 0\n");
#endif
#ifdef __STDC__
    printf("stdc %d\n", __STDC__);
#endif
#if __STDC_VERSION__ >= 201112L
    printf("c11\n");
#endif
    return 0;
}
