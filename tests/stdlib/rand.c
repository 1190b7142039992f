/* rand and srand: the same sequence as glibc's rand() for the same seed. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("RAND_MAX %d\n", RAND_MAX);
    for (int i = 0; i < 10; i++) printf("%d\n", rand());
    static const unsigned seeds[] = { 1, 0, 2, 42, 12345, 2147483647u, 2147483648u, 4294967295u };
    for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
        srand(seeds[s]);
        printf("seed %u:", seeds[s]);
        for (int i = 0; i < 8; i++) printf(" %d", rand());
        putchar('\n');
    }
    srand(99);
    unsigned long long sum = 0;
    for (int i = 0; i < 100000; i++) sum += (unsigned)rand();
    printf("sum of 100000: %llu\n", sum);
    return 0;
}
