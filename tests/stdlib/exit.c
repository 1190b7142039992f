/* exit runs the atexit handlers, last registered first, then stops with the status. */
#include <stdio.h>
#include <stdlib.h>

static void first(void)
{
    printf("first registered, runs last\n");
}

static void second(void)
{
    printf("second\n");
}

static void third(void)
{
    printf("third registered, runs first\n");
}

int main(void)
{
    int a = atexit(first);
    int b = atexit(second);
    int c = atexit(third);
    printf("atexit %d %d %d\n", a, b, c);
    printf("EXIT_SUCCESS %d EXIT_FAILURE %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    exit(3);
}
