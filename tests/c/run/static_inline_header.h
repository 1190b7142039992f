#ifndef STATIC_INLINE_HEADER_H
#define STATIC_INLINE_HEADER_H
#include <stdint.h>
static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static inline uint32_t bswap32(uint32_t v)
{
    return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
}
#endif
