/* The host port: the standard natives over a buffered stdio stream, and ck_host_run, which gives
 * the VM a heap-allocated arena, runs the image and turns the outcome into a process status and
 * a one-line diagnostic. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ckhost.h"
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
        int rc = ck_vm_run(vm, budget);
        flush(h);
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
