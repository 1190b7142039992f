#include <stdio.h>
#include <stddef.h>
int main(void) {
    int arr[8];
    int *lo = &arr[1], *hi = &arr[6];
    printf("%d %d %d %d\n", lo < hi, lo >= hi, lo == &arr[1], hi != lo);
    ptrdiff_t d = hi - lo;
    printf("%d\n", (int)d);
    void *v = lo;
    printf("%d\n", v == (void *)lo);
    char *c1 = (char *)arr, *c2 = (char *)(arr + 2);
    printf("%d\n", (int)(c2 - c1));
    int *null = NULL;
    printf("%d %d\n", null == NULL, lo != NULL);
    return 0;
}
