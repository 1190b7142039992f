#include <stdio.h>
int main(void) {
    int hits = 0;
    for (int v = -60; v < 310; v += 7) {
        switch (v) {
        case -18: hits += 1; break;
        case 0: hits += 2;
        case 34: hits += 3; break;
        case 130: hits += 4; break;
        case 151: hits += 5; break;
        case 173: hits += 6;
        case 189: hits += 7; break;
        case 223: hits += 8; break;
        case 292: hits += 9; break;
        }
    }
    printf("%d\n", hits);
    int r = 0;
    switch (-18 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (0 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (34 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (130 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    printf("%d\n", r);
    return 0;
}
