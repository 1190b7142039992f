#include <stdio.h>
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int to_upper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
int main(void) {
    const char *s = "Hello, World 2024!";
    int digits = 0;
    for (const char *p = s; *p; p++) { digits += is_digit(*p); putchar(to_upper(*p)); }
    printf("\n%d\n", digits);
    char c = 'a' + 25;
    printf("%c %d\n", c, c - 'a');
    printf("%d %d %d\n", '\n', '\0', '\x7f');
    unsigned char hi = 0xe9;
    printf("%d\n", hi > 127);
    return 0;
}
