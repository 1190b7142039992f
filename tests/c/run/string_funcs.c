#include <stdio.h>
#include <string.h>
int main(void) {
    char buf[40] = "embedded";
    printf("%d %d\n", (int)strlen(buf), strncmp(buf, "embark", 3));
    char *p = strchr(buf, 'd');
    printf("%s\n", p ? p : "(null)");
    memmove(buf + 2, buf, 6);
    printf("%s\n", buf);
    memset(buf, '-', 3);
    printf("%s\n", buf);
    char dst[8];
    strncpy(dst, "abcdefghij", sizeof dst - 1);
    dst[7] = 0;
    printf("%s %d\n", dst, memcmp("abc", "abd", 3) < 0);
    return 0;
}
