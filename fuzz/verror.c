/* Fuzz harness: ck_vm_error_text, the host's decoder of a board's terse load errors ("#C A1 ...",
 * vm/core/verrors.h), which reads whatever the device sent and an image it does not trust.
 *
 * Input: the message, a NUL byte, then the image bytes (used as they are, for function and import
 * names). The message is decoded into a roomy buffer and into buffers of 1 to 8 bytes: the text
 * must always be NUL-terminated inside the buffer, and a short buffer must hold the start of the
 * long text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ckvm.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t mlen = nul ? (size_t)(nul - data) : size;
    size_t ilen = nul ? size - mlen - 1 : 0;
    char *msg = malloc(mlen + 1);
    uint8_t *img = malloc(ilen ? ilen : 1);
    if (!msg || !img) abort();
    memcpy(msg, data, mlen);
    msg[mlen] = 0;
    if (ilen) memcpy(img, nul + 1, ilen);

    char text[512];
    int r = ck_vm_error_text(msg, nul ? img : NULL, (uint32_t)ilen, text, sizeof text);
    FUZZ_CHECK(r == 0 || r == 1, "returns %d", r);
    FUZZ_CHECK(ck_vm_error_text(msg, nul ? img : NULL, (uint32_t)ilen, NULL, 0) == r, "answers differently without a buffer");
    if (r) {
        FUZZ_CHECK(memchr(text, 0, sizeof text) != NULL, "'%s': text not terminated", msg);
        size_t room = 1 + mlen % 8;
        char *small = malloc(room);             /* exactly room bytes: ASan sees an overrun */
        if (!small) abort();
        FUZZ_CHECK(ck_vm_error_text(msg, nul ? img : NULL, (uint32_t)ilen, small, (uint32_t)room) == 1,
                   "'%s' decodes only with a large buffer", msg);
        FUZZ_CHECK(memchr(small, 0, room) != NULL, "'%s': text not terminated in %zu bytes", msg, room);
        FUZZ_CHECK(!strncmp(small, text, strlen(small)), "'%s': truncated text '%s' is not a prefix of '%s'", msg,
                   small, text);
        free(small);
    }
    free(msg);
    free(img);
    return 0;
}
