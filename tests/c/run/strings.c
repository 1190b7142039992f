#include <stdio.h>
#include <string.h>
static int my_strlen(const char *s) { int n = 0; while (*s++) n++; return n; }
int main(void) {
    const char *s = "hello";
    char buf[32];
    printf("%d %d\n", my_strlen(s), (int)strlen(s));
    strcpy(buf, s);
    strcat(buf, ", world");
    printf("%s %d\n", buf, (int)sizeof("abc"));
    printf("%c%c\n", s[1], "xyz"[2]);
    char arr[] = "abc";
    arr[0] = 'A';
    printf("%s %d\n", arr, (int)sizeof arr);
    char big[10] = "hi";
    printf("%d %d %d\n", big[2], big[9], (int)sizeof big);
    printf("%d\n", strcmp("abc", "abd") < 0);
    const char *cat = "con" "cat" "enated";
    printf("%s\n", cat);
    printf("tab\there\\ \"quoted\" \x41\101\n");
    return 0;
}
