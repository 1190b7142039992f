#include <stdio.h>
#define QCAP 4
typedef struct { int data[QCAP]; int head, len; } queue;
static int q_push(queue *q, int v) { if (q->len == QCAP) return 0; q->data[(q->head + q->len++) % QCAP] = v; return 1; }
static int q_pop(queue *q, int *v) { if (!q->len) return 0; *v = q->data[q->head]; q->head = (q->head + 1) % QCAP; q->len--; return 1; }
int main(void) {
    queue q = { {0}, 0, 0 };
    for (int i = 1; i <= 6; i++) printf("%d", q_push(&q, i * i));
    printf("\n");
    int v;
    while (q_pop(&q, &v)) printf("%d ", v);
    printf("\n");
    return 0;
}
