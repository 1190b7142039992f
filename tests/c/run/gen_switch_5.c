#include <stdio.h>
int main(void) {
    int hits = 0;
    for (int v = -60; v < 310; v += 7) {
        switch (v) {
        case 41: hits += 1; break;
        case 103: hits += 2; break;
        case 133: hits += 3; break;
        case 154: hits += 4;
        case 160: hits += 5;
        case 225: hits += 6;
        case 231: hits += 7; break;
        case 243: hits += 8; break;
        case 276: hits += 9;
        case 288: hits += 10; break;
        default: hits += 1000; break;
        }
    }
    printf("%d\n", hits);
    int r = 0;
    switch (41 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (103 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (133 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    switch (154 % 13) { case 0: r += 1; break; case 5: r += 5; break; case -3: r += 9; break; default: r += 2; }
    printf("%d\n", r);
    return 0;
}
