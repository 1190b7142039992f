#include <stdio.h>
int main(void) {
    const char s[] = "\a\b\f\n\r\t\v\\\'\"\?\0end";
    for (unsigned i = 0; i < sizeof s; i++) printf("%d ", s[i]);
    printf("\n%d %d %d\n", '\101', '\x42', '\0');
    printf("%d\n", (int)sizeof("a\0b"));
    return 0;
}
