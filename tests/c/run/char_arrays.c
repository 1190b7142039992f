#include <stdio.h>
int main(void) {
    char grid[3][4] = { "abc", "de", { 'f', 'g', 'h', 0 } };
    for (int i = 0; i < 3; i++) printf("%s|", grid[i]);
    printf("\n");
    char exact[3] = "xyz";
    printf("%c%c%c\n", exact[0], exact[1], exact[2]);
    const char *list[] = { "a", "bb", "ccc" };
    int total = 0;
    for (int i = 0; i < 3; i++) for (const char *p = list[i]; *p; p++) total++;
    printf("%d\n", total);
    unsigned char bytes[] = { 0x00, 0x7f, 0x80, 0xff };
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += bytes[i];
    printf("%d\n", sum);
    return 0;
}
