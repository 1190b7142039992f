/* gcc's case ranges (case LO ... HI:), as character classifiers and state machines use them. */
#include <stdio.h>

static const char *cls(int ch)
{
    switch (ch) {
    case '0' ... '9': return "digit";
    case 'a' ... 'z':
    case 'A' ... 'Z': return "letter";
    case ' ': case '\t': return "space";
    case 0x80 ... 0xFF: return "high";
    default: return "other";
    }
}

static int sgn(int v)
{
    switch (v) {
    case -2147483647 - 1 ... -1: return -1;
    case 0: return 0;
    case 1 ... 2147483647: return 1;
    }
    return 99;
}

static int big(unsigned long long v)
{
    switch (v) {
    case 0 ... 9: return 1;
    case 10 ... 0xFFFFFFFFull: return 2;
    case 0x100000000ull ... 0xFFFFFFFFFFFFFFFFull: return 3;
    }
    return 0;
}

static int uns(unsigned v)
{
    int n = 0;
    switch (v) {
    case 0x7FFFFFF0u ... 0x80000010u: n += 10;    /* falls through */
    case 5 ... 6: n += 1; break;
    case 0xFFFFFFF0u ... 0xFFFFFFFFu: n = -1; break;
    }
    return n;
}

int main(void)
{
    const char *s = "a9 Z\t~\xe9";
    for (const char *p = s; *p; p++) printf("%s ", cls((unsigned char)*p));
    printf("\n%d %d %d %d\n", sgn(-5), sgn(0), sgn(7), sgn(-2147483647 - 1));
    printf("%d %d %d %d\n", big(3), big(4000000000u), big(1ull << 40), big(~0ull));
    printf("%d %d %d %d %d\n", uns(0x80000000u), uns(5), uns(~0u), uns(7), uns(0x7FFFFFEFu));
    signed char sc = -3;
    switch (sc) { case -5 ... -2: printf("small\n"); break; default: printf("no\n"); }
    return 0;
}
