#include <stdio.h>
int counter;
int counter;
extern int table[];
int table[4] = { 1, 2, 3, 4 };
static int hidden;
static int hidden = 3;
int main(void) {
    counter += 2;
    printf("%d %d %d %d\n", counter, table[3], hidden, (int)sizeof table);
    return 0;
}
