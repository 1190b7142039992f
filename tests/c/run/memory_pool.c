#include <stdio.h>
#include <stdint.h>
#define BLOCK 16
#define NBLOCKS 8
static uint8_t pool[BLOCK * NBLOCKS];
static void *free_list;
static void pool_init(void) {
    free_list = 0;
    for (int i = NBLOCKS - 1; i >= 0; i--) { void **b = (void **)(pool + i * BLOCK); *b = free_list; free_list = b; }
}
static void *pool_alloc(void) { void **b = free_list; if (b) free_list = *b; return b; }
static void pool_free(void *p) { *(void **)p = free_list; free_list = p; }
int main(void) {
    pool_init();
    void *ptrs[10];
    int got = 0;
    for (int i = 0; i < 10; i++) { ptrs[i] = pool_alloc(); if (ptrs[i]) got++; }
    printf("allocated %d\n", got);
    pool_free(ptrs[3]); pool_free(ptrs[5]);
    void *again = pool_alloc();
    printf("%d %d\n", again == ptrs[5], (int)(((uint8_t *)again - pool) / BLOCK));
    return 0;
}
