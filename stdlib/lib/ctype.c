/* The <ctype.h> functions, for calls through pointers and with the macros #undef'd; the header
 * has the inline versions that ordinary calls use. */
#include <ctype.h>

#undef isalnum
#undef isalpha
#undef isblank
#undef iscntrl
#undef isdigit
#undef isgraph
#undef islower
#undef isprint
#undef ispunct
#undef isspace
#undef isupper
#undef isxdigit
#undef tolower
#undef toupper

int isalnum(int c) { return __ck_isalnum(c); }
int isalpha(int c) { return __ck_isalpha(c); }
int isblank(int c) { return __ck_isblank(c); }
int iscntrl(int c) { return __ck_iscntrl(c); }
int isdigit(int c) { return __ck_isdigit(c); }
int isgraph(int c) { return __ck_isgraph(c); }
int islower(int c) { return __ck_islower(c); }
int isprint(int c) { return __ck_isprint(c); }
int ispunct(int c) { return __ck_ispunct(c); }
int isspace(int c) { return __ck_isspace(c); }
int isupper(int c) { return __ck_isupper(c); }
int isxdigit(int c) { return __ck_isxdigit(c); }
int tolower(int c) { return __ck_tolower(c); }
int toupper(int c) { return __ck_toupper(c); }
