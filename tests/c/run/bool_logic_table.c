#include <stdio.h>
#include <stdbool.h>
int main(void) {
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) {
            bool x = a, y = b;
            printf("%d%d: and %d or %d xor %d nand %d imp %d\n", x, y, x && y, x || y, x != y, !(x && y), !x || y);
        }
    bool flags[4] = { true, false, true, true };
    int n = 0;
    for (int i = 0; i < 4; i++) n += flags[i];
    printf("%d\n", n);
    return 0;
}
