/* A single-producer single-consumer ring buffer, the kind a UART driver fills from its interrupt
 * and the main loop drains. Power-of-two capacity, free-running indices (no modulo, no full flag). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define RB_SIZE 16u                 /* must be a power of two */

typedef struct ringbuf {
    uint8_t data[RB_SIZE];
    volatile uint32_t head;         /* written by the producer */
    volatile uint32_t tail;         /* written by the consumer */
} ringbuf;

static uint32_t rb_count(const ringbuf *rb) { return rb->head - rb->tail; }
static bool rb_full(const ringbuf *rb) { return rb_count(rb) == RB_SIZE; }
static bool rb_empty(const ringbuf *rb) { return rb->head == rb->tail; }

static bool rb_put(ringbuf *rb, uint8_t b)
{
    if (rb_full(rb)) return false;
    rb->data[rb->head & (RB_SIZE - 1)] = b;
    rb->head++;
    return true;
}

static bool rb_get(ringbuf *rb, uint8_t *b)
{
    if (rb_empty(rb)) return false;
    *b = rb->data[rb->tail & (RB_SIZE - 1)];
    rb->tail++;
    return true;
}

int main(void)
{
    ringbuf rb = {0};
    const char *msg = "The quick brown fox jumps over the lazy dog";
    uint32_t dropped = 0, sum = 0;
    char out[64];
    int n = 0;

    /* The producer delivers bursts of 5 bytes; the consumer takes 4 per turn. */
    for (const char *p = msg; *p;) {
        for (int k = 0; k < 5 && *p; k++, p++)
            if (!rb_put(&rb, (uint8_t)*p)) dropped++;
        uint8_t b;
        for (int k = 0; k < 4 && rb_get(&rb, &b); k++) { out[n++] = (char)b; sum += b; }
    }
    uint8_t b;
    while (rb_get(&rb, &b)) { out[n++] = (char)b; sum += b; }
    out[n] = 0;
    printf("received %d bytes, dropped %u, sum %u\n", n, (unsigned)dropped, (unsigned)sum);
    printf("\"%s\"\n", out);
    return dropped == 0 ? 0 : 1;
}
