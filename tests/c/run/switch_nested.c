#include <stdio.h>
int main(void) {
    int out = 0;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            switch (i) {
            case 0:
                switch (j) { case 0: out += 1; break; default: out += 2; }
                break;
            case 1: out += 10; break;
            default:
                if (j == 1) break;
                out += 100;
            }
    printf("%d\n", out);
    char c = 'b';
    switch (c) { case 'a': printf("a\n"); break; case 'b': printf("b\n"); break; }
    switch (3) { default: printf("only default\n"); }
    switch (5) { case 1: printf("never\n"); }
    unsigned long long big = 5000000000ULL;
    switch (big) { case 5000000000ULL: printf("big\n"); break; default: printf("small\n"); }
    return 0;
}
