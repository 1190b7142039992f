/* CRC-32 (IEEE 802.3, as Ethernet, zlib and PNG use it) and CRC-16/CCITT-FALSE over a message,
 * table-driven with the tables built at start-up. Check values from the CRC catalogue:
 * CRC-32("123456789") = 0xCBF43926, CRC-16/CCITT-FALSE("123456789") = 0x29B1. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc32_table[256];
static uint16_t crc16_table[256];

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
        uint16_t d = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++)
            d = (d & 0x8000) ? (uint16_t)((d << 1) ^ 0x1021) : (uint16_t)(d << 1);
        crc16_table[i] = d;
    }
}

static uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = crc32_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint16_t crc16_ccitt(const uint8_t *p, size_t n)
{
    uint16_t c = 0xFFFF;
    while (n--)
        c = (uint16_t)((c << 8) ^ crc16_table[((c >> 8) ^ *p++) & 0xFF]);
    return c;
}

int main(void)
{
    static const char check[] = "123456789";
    static uint8_t block[4096];
    crc_init();
    printf("crc32(\"%s\")  = 0x%08X\n", check, (unsigned)crc32((const uint8_t *)check, strlen(check)));
    printf("crc16(\"%s\")  = 0x%04X\n", check, (unsigned)crc16_ccitt((const uint8_t *)check, strlen(check)));
    for (size_t i = 0; i < sizeof block; i++)
        block[i] = (uint8_t)(i * 31 + (i >> 3));
    printf("crc32(block) = 0x%08X\n", (unsigned)crc32(block, sizeof block));
    return crc32((const uint8_t *)check, 9) == 0xCBF43926u ? 0 : 1;
}
