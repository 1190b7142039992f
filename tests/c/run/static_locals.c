#include <stdio.h>
static int counter(void) { static int n; return ++n; }
static int counter2(void) { static int n = 100; n += 10; return n; }
static const char *name(int i) { static const char *names[] = { "zero", "one", "two" }; return names[i]; }
int main(void) {
    counter(); counter();
    printf("%d\n", counter());
    counter2();
    printf("%d\n", counter2());
    printf("%s %s\n", name(0), name(2));
    return 0;
}
