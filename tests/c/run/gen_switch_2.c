#include <stdio.h>
int main(void) {
    int hits = 0;
    for (int v = -60; v < 310; v += 7) {
        switch (v) {
        case 15: hits += 1; break;
        case 16: hits += 2;
        case 23: hits += 3; break;
        case 63: hits += 4; break;
        case 92: hits += 5;
        case 165: hits += 6; break;
        case 197: hits += 7; break;
        case 248: hits += 8; break;
        case 254: hits += 9; break;
        case 268: hits += 10; break;
        case 270: hits += 11; break;
        }
    }
    printf("%d\n", hits);
    int r = 0;
    switch (15 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (16 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (23 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (63 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    printf("%d\n", r);
    return 0;
}
