#include <stdio.h>
#include <stdint.h>
typedef struct { int32_t kp, ki, kd; int32_t integ, prev; } pid;
static int32_t pid_step(pid *c, int32_t err) {
    c->integ += err;
    if (c->integ > 10000) c->integ = 10000;
    if (c->integ < -10000) c->integ = -10000;
    int32_t d = err - c->prev;
    c->prev = err;
    return (c->kp * err + c->ki * c->integ + c->kd * d) / 256;
}
int main(void) {
    pid c = { 300, 20, 50, 0, 0 };
    int32_t pos = 0, target = 1000;
    for (int i = 0; i < 12; i++) { int32_t u = pid_step(&c, target - pos); pos += u / 4; printf("%d ", pos); }
    printf("\n");
    return 0;
}
