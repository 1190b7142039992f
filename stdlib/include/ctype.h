/* <ctype.h> for Cockpit C: the "C" locale (ASCII); any argument outside 0..255 (EOF among them)
 * is in no class. The macros expand to inline tests; the functions exist too. */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

static inline int __ck_isdigit(int c) { return (unsigned)c - '0' < 10; }
static inline int __ck_islower(int c) { return (unsigned)c - 'a' < 26; }
static inline int __ck_isupper(int c) { return (unsigned)c - 'A' < 26; }
static inline int __ck_isalpha(int c) { return ((unsigned)c | 32) - 'a' < 26; }
static inline int __ck_isalnum(int c) { return __ck_isalpha(c) || __ck_isdigit(c); }
static inline int __ck_isxdigit(int c) { return __ck_isdigit(c) || ((unsigned)c | 32) - 'a' < 6; }
static inline int __ck_isspace(int c) { return c == ' ' || (unsigned)c - '\t' < 5; }
static inline int __ck_isblank(int c) { return c == ' ' || c == '\t'; }
static inline int __ck_iscntrl(int c) { return (unsigned)c < 32 || c == 127; }
static inline int __ck_isprint(int c) { return (unsigned)c - ' ' < 95; }
static inline int __ck_isgraph(int c) { return (unsigned)c - '!' < 94; }
static inline int __ck_ispunct(int c) { return __ck_isgraph(c) && !__ck_isalnum(c); }
static inline int __ck_tolower(int c) { return __ck_isupper(c) ? c | 32 : c; }
static inline int __ck_toupper(int c) { return __ck_islower(c) ? c & ~32 : c; }

#define isalnum(c) __ck_isalnum(c)
#define isalpha(c) __ck_isalpha(c)
#define isblank(c) __ck_isblank(c)
#define iscntrl(c) __ck_iscntrl(c)
#define isdigit(c) __ck_isdigit(c)
#define isgraph(c) __ck_isgraph(c)
#define islower(c) __ck_islower(c)
#define isprint(c) __ck_isprint(c)
#define ispunct(c) __ck_ispunct(c)
#define isspace(c) __ck_isspace(c)
#define isupper(c) __ck_isupper(c)
#define isxdigit(c) __ck_isxdigit(c)
#define tolower(c) __ck_tolower(c)
#define toupper(c) __ck_toupper(c)

#endif
