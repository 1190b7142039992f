/* The host port: the standard natives over a buffered stdio stream, and ck_host_run, which gives
 * the VM a heap-allocated arena, runs the image and turns the outcome into a process status and
 * a one-line diagnostic. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ckhost.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"
#include "cockpit/natives.h"

#define HOST_MEM_DEFAULT (1024u * 1024u)
#define HOST_STACKS      (512u * 1024u)   /* call frames and registers: 4096 frames, ~100K registers */

/* The console: guest output collects here and goes to the stream in large writes. */
typedef struct host {
    FILE *out;
    size_t n;
    char buf[8192];
} host;

static void flush(host *h)
{
    if (h->n) fwrite(h->buf, 1, h->n, h->out);
    h->n = 0;
    fflush(h->out);
}

static void emit(host *h, const char *p, size_t n)
{
    while (n) {
        size_t k = sizeof h->buf - h->n < n ? sizeof h->buf - h->n : n;
        memcpy(h->buf + h->n, p, k);
        h->n += k, p += k, n -= k;
        if (h->n == sizeof h->buf) {
            fwrite(h->buf, 1, h->n, h->out);
            h->n = 0;
        }
    }
}

static void emitf(ck_vm *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void emitf(ck_vm *vm, const char *fmt, ...)
{
    char tmp[32];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    emit(vm->user, tmp, (size_t)n);
}

static uint64_t pair(const uint32_t *r) { return (uint64_t)r[1] << 32 | r[0]; }

/* --- the natives (one per entry of CK_NATIVES; r is the caller's window at c) -------------------- */
static int n_SYS_EXIT(ck_vm *vm, uint32_t *r)
{
    vm->exit_status = r[0];
    return CK_NATIVE_EXIT;
}

static int n_SYS_HEAP(ck_vm *vm, uint32_t *r)
{
    r[0] = vm->heap_start;
    r[1] = vm->stack_limit;
    return 0;
}

static int n_IO_PUTCHAR(ck_vm *vm, uint32_t *r)
{
    char c = (char)(r[0] & 0xffu);
    emit(vm->user, &c, 1);
    r[0] &= 0xffu;
    return 0;
}

static int n_IO_WRITE(ck_vm *vm, uint32_t *r)
{
    const char *p = ck_vm_ptr(vm, r[0], r[1]);
    if (!p) return CK_FAULT_OOB;
    emit(vm->user, p, r[1]);
    r[0] = r[1];
    return 0;
}

static int n_IO_PRINT_I32(ck_vm *vm, uint32_t *r) { emitf(vm, "%" PRId32, (int32_t)r[0]); return 0; }
static int n_IO_PRINT_U32(ck_vm *vm, uint32_t *r) { emitf(vm, "%" PRIu32, r[0]); return 0; }
static int n_IO_PRINT_I64(ck_vm *vm, uint32_t *r) { emitf(vm, "%" PRId64, (int64_t)pair(r)); return 0; }
static int n_IO_PRINT_U64(ck_vm *vm, uint32_t *r) { emitf(vm, "%" PRIu64, pair(r)); return 0; }
static int n_IO_PRINT_X32(ck_vm *vm, uint32_t *r) { emitf(vm, "%08" PRIx32, r[0]); return 0; }
static int n_IO_PRINT_X64(ck_vm *vm, uint32_t *r) { emitf(vm, "%016" PRIx64, pair(r)); return 0; }

const ck_native ck_host_natives[] = {
#define X(id, name, ver, na, nr) { name, ver, na, nr, n_##id },
    CK_NATIVES(X)
#undef X
};
const uint32_t ck_host_nnatives = sizeof ck_host_natives / sizeof ck_host_natives[0];

/* --- the source line of a fault ---------------------------------------------------------------- */
/* Little-endian base-128 numbers; 0 on success, -1 if truncated or longer than 64 bits. */
static int leb(const uint8_t *p, uint32_t n, uint32_t *at, int sign, uint64_t *v)
{
    *v = 0;
    for (unsigned sh = 0; *at < n && sh < 64; sh += 7) {
        uint8_t c = p[(*at)++];
        *v |= (uint64_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) {
            if (sign && sh + 7 < 64 && (c & 0x40)) *v |= ~(uint64_t)0 << (sh + 7);
            return 0;
        }
    }
    return -1;
}

/* Looks func+pc up in the image's LINES section (format.h, docs/bytecode.md "Debug line table").
 * The loader checked the section directory but not this section's contents: every step is bounded,
 * and anything malformed just means no line. 1 with *file (NUL-terminated) and *line, else 0. */
static int fault_line(const uint8_t *img, size_t n, uint32_t func, uint32_t pc, const char **file, uint32_t *line)
{
    const uint8_t *p = NULL;
    uint32_t size = 0, at = 0, nsect = (uint32_t)(img[28] | img[29] << 8);
    for (uint32_t i = 0; i < nsect; i++) {
        const uint8_t *e = img + CK_HDR_SIZE + i * CK_SECT_ENTRY_SIZE;
        uint32_t kind = e[0] | (uint32_t)e[1] << 8 | (uint32_t)e[2] << 16 | (uint32_t)e[3] << 24;
        uint32_t off = e[4] | (uint32_t)e[5] << 8 | (uint32_t)e[6] << 16 | (uint32_t)e[7] << 24;
        if (kind == CK_SECT_LINES && off <= n) {
            p = img + off;
            size = e[8] | (uint32_t)e[9] << 8 | (uint32_t)e[10] << 16 | (uint32_t)e[11] << 24;
        }
    }
    uint64_t nf, v, ln = 0, fl = 0, found_ln = 0, found_fl = 0;
    if (!p || leb(p, size, &at, 0, &nf) || nf > size) return 0;
    const char *names = (const char *)p + at;
    for (uint64_t k = 0; k < nf; k++) {
        const uint8_t *z = memchr(p + at, 0, size - at);
        if (!z) return 0;
        at = (uint32_t)(z - p) + 1;
    }
    int64_t f = -1;
    int found = 0;
    while (at < size && f < (int64_t)func) {
        if (leb(p, size, &at, 0, &v) || v > func) return 0;
        f += 1 + (int64_t)v;
        uint64_t rpc = 0;
        for (;;) {
            if (at >= size) return 0;
            uint8_t op = p[at++];
            uint64_t dpc;
            int64_t dl;
            if (op == CK_LINES_END) break;
            if (op == CK_LINES_FILE) {
                if (leb(p, size, &at, 0, &fl) || fl >= nf) return 0;
                continue;
            }
            if (op == CK_LINES_ROW) {
                if (leb(p, size, &at, 0, &dpc) || leb(p, size, &at, 1, &v)) return 0;
                dl = (int64_t)v;
            } else {
                dpc = (uint64_t)(op - CK_LINES_SPECIAL) / CK_LINES_LRANGE;
                dl = (int64_t)((op - CK_LINES_SPECIAL) % CK_LINES_LRANGE) + CK_LINES_LMIN;
            }
            rpc += dpc;
            ln += (uint64_t)dl;                /* wraps on garbage: no signed overflow */
            if (f == (int64_t)func && rpc <= pc) found = 1, found_ln = ln, found_fl = fl;
        }
    }
    if (!found || !found_ln || found_ln > UINT32_MAX) return 0;
    for (*file = names; found_fl--;) *file += strlen(*file) + 1;
    *line = (uint32_t)found_ln;
    return 1;
}

#ifdef CK_VM_PROFILE
/* A build with -DCK_VM_PROFILE appends each run's counts to the file $CK_VM_PROFILE_OUT names, one
 * "op MNEMONIC N" line per opcode executed and one "pair FIRST SECOND N" line per pair of
 * consecutive instructions, for adding up over many runs (docs/PERFORMANCE.md). */
static void profile_dump(const ck_vm_profile *p)
{
    static const char *const names[CK_OP_COUNT] = {
#define X(e, m, f) m,
        CK_OPS(X)
#undef X
    };
    const char *path = getenv("CK_VM_PROFILE_OUT");
    FILE *f = path && *path ? fopen(path, "a") : NULL;
    if (!f) return;
    for (int i = 0; i < CK_OP_COUNT; i++)
        if (p->count[i]) fprintf(f, "op %s %" PRIu64 "\n", names[i], p->count[i]);
    for (int i = 0; i < CK_OP_COUNT; i++)
        for (int j = 0; j < CK_OP_COUNT; j++)
            if (p->pair[i][j]) fprintf(f, "pair %s %s %" PRIu64 "\n", names[i], names[j], p->pair[i][j]);
    fclose(f);
}
#endif

/* --- running an image -------------------------------------------------------------------------- */
int ck_host_run(const uint8_t *img, size_t n, const char *image_name, const ck_host_opts *o)
{
    FILE *out = o && o->out ? o->out : stdout, *err = o && o->err ? o->err : stderr;
    uint32_t mem = o && o->mem_size ? o->mem_size : HOST_MEM_DEFAULT;
    uint64_t budget = o ? o->budget : 0;
    const char *name = image_name ? image_name : "image";
    char msg[256];

    uint64_t arena_size = (uint64_t)mem + n + HOST_STACKS;
    if (n > UINT32_MAX || arena_size > UINT32_MAX) {
        fprintf(err, "%s: error: image of %zu bytes with %" PRIu32 " bytes of guest memory is too large for the host VM\n",
                name, n, mem);
        return 1;
    }
    void *arena = malloc((size_t)arena_size);
    host *h = malloc(sizeof *h);
    ck_vm *vm = malloc(sizeof *vm);
    if (!arena || !h || !vm) {
        fprintf(err, "%s: error: cannot allocate %" PRIu64 " bytes for the VM\n", name, arena_size);
        free(arena), free(h), free(vm);
        return 1;
    }
    h->out = out;
    h->n = 0;
    vm->user = h;

    int status;
    if (ck_vm_load(vm, img, (uint32_t)n, ck_host_natives, ck_host_nnatives, arena, (uint32_t)arena_size, mem,
                   msg, sizeof msg)) {
        fprintf(err, "%s: error: %s\n", name, msg);
        status = 1;
    } else {
#ifdef CK_VM_PROFILE
        vm->profile = calloc(1, sizeof *vm->profile);
#endif
        int rc = ck_vm_run(vm, budget);
        flush(h);
#ifdef CK_VM_PROFILE
        if (vm->profile) profile_dump(vm->profile);
        free(vm->profile);
#endif
        if (rc == CK_EXIT) {
            status = (int)(vm->exit_status & 0xffu);
        } else {
            const char *fname = ck_vm_func_name(vm, vm->fault.func);
            fprintf(err, "%s: fault: %s in function ", name, ck_vm_fault_name(rc));
            if (fname && *fname)
                fprintf(err, "%s (index %" PRIu32 ")", fname, vm->fault.func);
            else
                fprintf(err, "index %" PRIu32, vm->fault.func);
            fprintf(err, " at pc 0x%" PRIx32, vm->fault.pc);
            if (rc == CK_FAULT_OOB) fprintf(err, ", address 0x%" PRIx32, vm->fault.addr);
            const char *file;
            uint32_t line;
            if (fault_line(img, n, vm->fault.func, vm->fault.pc, &file, &line))
                fprintf(err, " (%s:%" PRIu32 ")", file, line);
            fputc('\n', err);
            fflush(err);
            status = 134;
        }
    }
    free(arena);
    free(h);
    free(vm);
    return status;
}
