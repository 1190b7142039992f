#include <stdio.h>
#include <stddef.h>
int main(void) {
    wchar_t w[] = L"wide";
    printf("%d %d %d\n", (int)(sizeof w / sizeof w[0]), (int)w[0], (int)w[4]);
    int lc = L'x';
    printf("%d\n", lc);
    const unsigned short *u = u"utf16";
    printf("%d %d\n", u[0], u[5]);
    const unsigned int *U = U"\u00e9!";
    printf("%d %d\n", (int)U[0], (int)U[1]);
    return 0;
}
