/* <ctype.h>: every class and both conversions over 0..255 and EOF, through the macros and
 * through the functions (pointers). Compared with glibc's "C" locale. */
#include <ctype.h>
#include <stdio.h>

typedef int (*class_fn)(int);

int main(void)
{
    static const class_fn fns[] = { isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                                    islower, isprint, ispunct, isspace, isupper, isxdigit };
    for (int c = -1; c < 256; c++) {
        unsigned macro = 0, fn = 0;
        macro |= !!isalnum(c) << 0 | !!isalpha(c) << 1 | !!isblank(c) << 2 | !!iscntrl(c) << 3;
        macro |= !!isdigit(c) << 4 | !!isgraph(c) << 5 | !!islower(c) << 6 | !!isprint(c) << 7;
        macro |= !!ispunct(c) << 8 | !!isspace(c) << 9 | !!isupper(c) << 10 | !!isxdigit(c) << 11;
        for (int i = 0; i < 12; i++) fn |= (unsigned)!!fns[i](c) << i;
        int (*lower)(int) = tolower, (*upper)(int) = toupper;
        printf("%4d %03x %s %4d %4d %s\n", c, macro, macro == fn ? "same" : "DIFFERENT", tolower(c),
               toupper(c), lower(c) == tolower(c) && upper(c) == toupper(c) ? "same" : "DIFFERENT");
    }
    return 0;
}
