#include <stdio.h>
#include <stdint.h>
#define CAP 8
typedef struct { uint8_t buf[CAP]; uint8_t head, tail, count; } ring;
static int put(ring *r, uint8_t v) {
    if (r->count == CAP) return 0;
    r->buf[r->head] = v; r->head = (uint8_t)((r->head + 1) % CAP); r->count++;
    return 1;
}
static int get(ring *r, uint8_t *v) {
    if (!r->count) return 0;
    *v = r->buf[r->tail]; r->tail = (uint8_t)((r->tail + 1) % CAP); r->count--;
    return 1;
}
int main(void) {
    ring r = {0};
    int accepted = 0;
    for (int i = 0; i < 10; i++) accepted += put(&r, (uint8_t)(i * 3));
    uint8_t v; int sum = 0;
    while (get(&r, &v)) sum += v;
    printf("%d %d\n", accepted, sum);
    return 0;
}
