#include <stdio.h>
int main(void) {
    int hits = 0;
    for (int v = -60; v < 310; v += 7) {
        switch (v) {
        case -37: hits += 1; break;
        case 63: hits += 2; break;
        case 121: hits += 3; break;
        case 134: hits += 4;
        case 156: hits += 5;
        case 178: hits += 6; break;
        case 182: hits += 7; break;
        case 187: hits += 8;
        case 226: hits += 9;
        case 236: hits += 10;
        default: hits += 1000; break;
        }
    }
    printf("%d\n", hits);
    int r = 0;
    switch (-37 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (63 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (121 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (134 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    printf("%d\n", r);
    return 0;
}
