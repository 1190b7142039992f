#include <stdio.h>
int main(void) {
    int hits = 0;
    for (int v = -60; v < 310; v += 7) {
        switch (v) {
        case 4: hits += 1;
        case 46: hits += 2;
        case 57: hits += 3;
        case 124: hits += 4;
        case 210: hits += 5;
        case 226: hits += 6; break;
        case 263: hits += 7; break;
        case 276: hits += 8;
        case 292: hits += 9; break;
        }
    }
    printf("%d\n", hits);
    int r = 0;
    switch (4 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (46 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (57 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (124 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    printf("%d\n", r);
    return 0;
}
