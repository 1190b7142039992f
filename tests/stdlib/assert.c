/* assert: passing assertions do nothing; with NDEBUG (re-including <assert.h>) even a false
 * one is not evaluated; static_assert. (assert_fail.c checks a failing one.) */
#include <assert.h>
#include <stdio.h>

static int calls;
static int count(void)
{
    return ++calls;
}

static_assert(sizeof(int) == 4, "int is 32 bits");

int main(void)
{
    assert(1 + 1 == 2);
    assert(count() == 1);
    printf("after passing asserts: calls = %d\n", calls);
#define NDEBUG
#include <assert.h>
    assert(count() == 100);
    assert(0);
    printf("NDEBUG: calls = %d\n", calls);
#undef NDEBUG
#include <assert.h>
    assert(count() == 2);
    printf("again: calls = %d\n", calls);
    return 0;
}
