#include <stdio.h>
extern int counter;
int get(void);
int counter = 41;
int get(void) { extern int counter; return ++counter; }
static int twice(int);
int main(void) {
    int g = get();
    printf("%d %d\n", g, twice(counter));
    return 0;
}
static int twice(int v) { return 2 * v; }
