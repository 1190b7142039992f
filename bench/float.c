/* Single-precision float, as on a Cortex-M4F: a PID controller driving a simulated motor, a
 * complementary filter fusing two noisy sensors, and a Mandelbrot set at low resolution. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 1
#else
#define REPS 200
#endif
#endif

static u32 bits(float f)
{
    union { float f; u32 u; } c;
    c.f = f;
    return c.u;
}

typedef struct pid { float kp, ki, kd, integ, prev, lo, hi; } pid;

static float pid_step(pid *c, float err, float dt)
{
    c->integ += err * dt;
    if (c->integ > c->hi) c->integ = c->hi;
    if (c->integ < c->lo) c->integ = c->lo;
    float d = (err - c->prev) / dt;
    c->prev = err;
    float u = c->kp * err + c->ki * c->integ + c->kd * d;
    if (u > c->hi) u = c->hi;
    if (u < c->lo) u = c->lo;
    return u;
}

static u32 control(u32 steps, u32 *seed)
{
    pid c = { 2.5f, 0.8f, 0.05f, 0.0f, 0.0f, -12.0f, 12.0f };
    float speed = 0.0f, angle = 0.0f, est = 0.0f, h = 0.0f;
    const float dt = 0.001f;
    for (u32 i = 0; i < steps; i++) {
        float target = (i & 2048) ? 100.0f : -40.0f;
        float u = pid_step(&c, target - speed, dt);
        speed += (u * 9.5f - speed * 0.35f) * dt * 10.0f;
        angle += speed * dt;
        /* complementary filter: a gyro (rate + noise) and an absolute sensor (angle + noise) */
        float noise = (float)(int)(bench_rand(seed) & 1023) * (1.0f / 1024.0f) - 0.5f;
        float gyro = speed + noise * 0.2f;
        float abs_angle = angle + noise;
        est = 0.98f * (est + gyro * dt) + 0.02f * abs_angle;
        h += est * 0.0001f;
    }
    return bits(speed) ^ bits(est) ^ bits(h);
}

static u32 mandel(int w, int hgt, int maxit)
{
    u32 total = 0;
    for (int py = 0; py < hgt; py++) {
        float ci = -1.2f + 2.4f * (float)py / (float)hgt;
        for (int px = 0; px < w; px++) {
            float cr = -2.1f + 3.0f * (float)px / (float)w;
            float zr = 0.0f, zi = 0.0f;
            int it = 0;
            while (it < maxit && zr * zr + zi * zi < 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + ci;
                zr = t;
                it++;
            }
            total = total * 3u + (u32)it;
        }
    }
    return total;
}

int main(void)
{
    u32 seed = 0xF10A7u * bench_one, a = 0, m = 0;
    for (u32 r = 0; r < REPS; r++) {
#ifdef SMALL
        a = a * 5u + control(2000, &seed);
        m = m * 5u + mandel(16 * (int)bench_one, 12, 32);
#else
        a = a * 5u + control(8000, &seed);
        m = m * 5u + mandel(48 * (int)bench_one, 32, 64);
#endif
    }
    bench_result("control", a);
    bench_result("mandel", m);
    return 0;
}
