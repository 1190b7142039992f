#include <stdio.h>
typedef void (*task_fn)(void *);
struct task { const char *name; task_fn fn; void *arg; unsigned period, next; };
static int counter_a, counter_b;
static void inc(void *p) { ++*(int *)p; }
static void report(void *p) { (void)p; printf("a=%d b=%d\n", counter_a, counter_b); }
static struct task tasks[] = {
    { "a", inc, &counter_a, 2, 0 },
    { "b", inc, &counter_b, 3, 1 },
    { "r", report, 0, 5, 4 },
};
int main(void) {
    for (unsigned now = 0; now < 16; now++)
        for (unsigned i = 0; i < sizeof tasks / sizeof tasks[0]; i++)
            if (now >= tasks[i].next) { tasks[i].fn(tasks[i].arg); tasks[i].next = now + tasks[i].period; }
    return 0;
}
