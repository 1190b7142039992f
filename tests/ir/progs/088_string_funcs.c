/* Own strlen, strcmp, strcpy, strcat, strchr, strrchr, strncmp over stack and literal strings. */
#include "cktest.h"

static unsigned my_strlen(const char *s) { const char *p = s; while (*p) p++; return (unsigned)(p - s); }
static int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static int my_strncmp(const char *a, const char *b, unsigned n)
{
    for (; n; n--, a++, b++) { if (*a != *b) return (unsigned char)*a - (unsigned char)*b; if (!*a) return 0; }
    return 0;
}
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) {} return r; }
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static const char *my_strchr(const char *s, int c) { for (; *s; s++) if (*s == (char)c) return s; return c ? 0 : s; }
static const char *my_strrchr(const char *s, int c) { const char *r = 0; do { if (*s == (char)c) r = s; } while (*s++); return r; }
static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void)
{
    char buf[64];
    my_strcpy(buf, "Hello");
    my_strcat(buf, ", ");
    my_strcat(buf, "world");
    my_strcat(buf, "!");
    ck_puts(buf);
    ck_show_u32("len", my_strlen(buf));
    static const char *const w[] = { "apple", "apricot", "banana", "", "app", "apple", "\x80high" };
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++) { ck_print_i32(sgn(my_strcmp(w[i], w[j]))); ck_putchar(j == 6 ? '\n' : ' '); }
    }
    ck_show_i32("ncmp", my_strncmp("apple", "apricot", ck_opaque_u32(2)) * 10 + sgn(my_strncmp("apple", "apricot", 3)));
    const char *c = my_strchr(buf, 'o');
    const char *r = my_strrchr(buf, 'o');
    ck_show_i32("chr", (int)(c - buf));
    ck_show_i32("rchr", (int)(r - buf));
    ck_show_i32("nul", (int)(my_strchr(buf, 0) - buf));
    ck_show_i32("none", my_strchr(buf, 'z') == 0);
    char up[64];
    my_strcpy(up, buf);
    for (char *p = up; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
    ck_puts(up);
    return (int)my_strlen(buf);
}
