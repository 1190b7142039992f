/* Firmware output formats: the ELF as built, a raw binary of its loadable segments, or Intel HEX,
 * for installing with the board's usual tool. Reads only 32-bit little-endian ELF files. */
#include <stdio.h>
#include <string.h>
#include "cktools.h"
#include "driver.h"

typedef struct seg { uint32_t addr, off, filesz; } seg;

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

/* The PT_LOAD segments with file contents, by load (physical) address. */
static int load_segments(const ck_buf *elf, seg *segs, int max, char *err, size_t errlen)
{
    const uint8_t *e = elf->data;
    if (elf->len < 52 || memcmp(e, "\177ELF", 4) || e[4] != 1 || e[5] != 1) {
        snprintf(err, errlen, "firmware is not a 32-bit little-endian ELF file");
        return -1;
    }
    uint32_t phoff = rd32(e + 28);
    uint16_t phentsize = rd16(e + 42), phnum = rd16(e + 44);
    int n = 0;
    for (uint32_t i = 0; i < phnum; i++) {
        uint64_t at = (uint64_t)phoff + (uint64_t)i * phentsize;
        if (phentsize < 32 || at + 32 > elf->len) { snprintf(err, errlen, "truncated ELF program header"); return -1; }
        const uint8_t *ph = e + at;
        uint32_t off = rd32(ph + 4), paddr = rd32(ph + 12), filesz = rd32(ph + 16);
        if (rd32(ph) != 1 || filesz == 0) continue;
        if ((uint64_t)off + filesz > elf->len) { snprintf(err, errlen, "ELF segment outside the file"); return -1; }
        if (n == max) { snprintf(err, errlen, "too many ELF segments"); return -1; }
        segs[n++] = (seg){paddr, off, filesz};
    }
    for (int i = 1; i < n; i++)               /* insertion sort by address */
        for (int j = i; j > 0 && segs[j].addr < segs[j - 1].addr; j--) { seg t = segs[j]; segs[j] = segs[j - 1]; segs[j - 1] = t; }
    if (!n) { snprintf(err, errlen, "ELF file has nothing to load"); return -1; }
    return n;
}

static void hex_record(ck_buf *out, uint8_t type, uint16_t addr, const uint8_t *data, uint8_t len)
{
    char line[80];
    uint8_t sum = (uint8_t)(len + (addr >> 8) + addr + type);
    int k = snprintf(line, sizeof line, ":%02X%04X%02X", len, addr, type);
    for (int i = 0; i < len; i++) { k += snprintf(line + k, sizeof line - (size_t)k, "%02X", data[i]); sum = (uint8_t)(sum + data[i]); }
    k += snprintf(line + k, sizeof line - (size_t)k, "%02X\n", (uint8_t)-sum);
    ck_buf_put(out, line, (size_t)k);
}

int ck_firmware_convert(const ck_buf *elf, const char *format, ck_buf *out, char *err, size_t errlen)
{
    if (!strcmp(format, "elf")) { ck_buf_put(out, elf->data, elf->len); return 0; }
    seg segs[16];
    int n = load_segments(elf, segs, 16, err, errlen);
    if (n < 0) return -1;
    if (!strcmp(format, "bin")) {
        uint32_t base = segs[0].addr;
        uint64_t end = (uint64_t)segs[n - 1].addr + segs[n - 1].filesz;
        if (end - base > 64u * 1024 * 1024) { snprintf(err, errlen, "segments span more than 64 MiB; use hex or elf"); return -1; }
        size_t at = out->len;
        ck_buf_zero(out, (size_t)(end - base));
        for (int i = 0; i < n; i++) memcpy(out->data + at + (segs[i].addr - base), elf->data + segs[i].off, segs[i].filesz);
        return 0;
    }
    if (!strcmp(format, "hex")) {
        uint32_t upper = 0xFFFFFFFFu;
        for (int i = 0; i < n; i++) {
            for (uint32_t o = 0; o < segs[i].filesz;) {
                uint32_t a = segs[i].addr + o;
                if (a >> 16 != upper) {
                    upper = a >> 16;
                    uint8_t u[2] = {(uint8_t)(upper >> 8), (uint8_t)upper};
                    hex_record(out, 4, 0, u, 2);
                }
                uint32_t len = segs[i].filesz - o < 16 ? segs[i].filesz - o : 16;
                if ((a & 0xFFFFu) + len > 0x10000u) len = 0x10000u - (a & 0xFFFFu);
                hex_record(out, 0, (uint16_t)a, elf->data + segs[i].off + o, (uint8_t)len);
                o += len;
            }
        }
        hex_record(out, 1, 0, NULL, 0);
        return 0;
    }
    snprintf(err, errlen, "unknown firmware format '%s' (elf, hex or bin)", format);
    return -1;
}
