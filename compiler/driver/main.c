/* cockpit: the command-line driver. A thin layer over the component libraries: it parses flags,
 * reads inputs by kind (.c/.ll/.bc source, .cks assembly, .cko object, .cbc image), runs the
 * pipeline stages in order and writes outputs atomically. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/format.h"
#include "cktools.h"
#include "ckasm.h"
#include "cklink.h"
#include "ckhost.h"
#include "backend/ckcc.h"
#include "ckc.h"
#include "driver.h"
#include "ckflash.h"
#include "cockpit/isa.h"

#include <llvm-c/Core.h>

#define EXIT_USAGE 2

enum input_kind { IN_UNKNOWN, IN_C, IN_IR, IN_ASM, IN_OBJ, IN_IMAGE };

typedef struct options {
    const char *cmd;
    const char **inputs; size_t ninputs;
    const char *output;
    const char *entry;
    const char *board, *port, *gdb;
    int monitor;
    char opt;                  /* '0' '1' '2' 's' */
    int debug, stop_asm, stop_obj, emit_llvm, preprocess, no_gc, quiet, nostdlib, wall, werror, variadic_defs;
    int large_data;
    const char *target;        /* --target as given, or NULL */
    int tiny;                  /* the tiny instruction set: --target tiny, or a board whose VM is tiny */
    const char **incs, **defs, **undefs;  /* -I -D -U, in order */
    size_t nincs, ndefs, nundefs;
    uint32_t mem_size;
    uint64_t budget;
} options;

static const char *cmd_name = "cockpit";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: error: ", cmd_name);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (see '%s --help')\n", cmd_name);
    exit(EXIT_USAGE);
}

static void fail(const char *msg)
{
    fprintf(stderr, "%s: error: %s\n", cmd_name, msg);
}

static const char *ext_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    return dot && (!slash || dot > slash) ? dot : "";
}

static enum input_kind kind_of(const char *path)
{
    const char *e = ext_of(path);
    if (!strcmp(e, ".c")) return IN_C;
    if (!strcmp(e, ".ll") || !strcmp(e, ".bc")) return IN_IR;
    if (!strcmp(e, ".cks") || !strcmp(e, ".s")) return IN_ASM;
    if (!strcmp(e, ".cko")) return IN_OBJ;
    if (!strcmp(e, ".cbc")) return IN_IMAGE;
    return IN_UNKNOWN;
}

/* Strings the driver makes for its whole run (default output names), freed when it ends. */
static char **run_strings;
static size_t nrun_strings;

static char *keep_for_run(char *s)
{
    run_strings = ck_xrealloc(run_strings, sizeof *run_strings * (nrun_strings + 1));
    return run_strings[nrun_strings++] = s;
}

/* "dir/app.c" + ".cbc" -> "app.cbc" (in the current directory, as cc does). */
static char *swap_ext(const char *path, const char *ext)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t stem = strlen(base) - strlen(ext_of(base));
    char *s = ck_xmalloc(stem + strlen(ext) + 1);
    memcpy(s, base, stem);
    strcpy(s + stem, ext);
    return keep_for_run(s);
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *s == '-') return -1;
    if (*end == 'K' || *end == 'k') { v *= 1024; end++; }
    else if (*end == 'M' || *end == 'm') { v *= 1024 * 1024; end++; }
    if (*end) return -1;
    *out = v;
    return 0;
}

/* --- per-command help ------------------------------------------------------------------------- */
typedef int (*cmd_fn)(options *o);
typedef struct command {
    const char *name, *args, *summary, *flags;
    cmd_fn fn;
} command;

static int cmd_build(options *o);
static int cmd_run(options *o);
static int cmd_asm(options *o);
static int cmd_disasm(options *o);
static int cmd_link(options *o);
static int cmd_size(options *o);
static int cmd_version(options *o);
static int cmd_flash(options *o);
static int cmd_firmware(options *o);
static int cmd_boards(options *o);

static const command commands[] = {
    {"build", "FILE... [-o OUT]", "compile and link Cockpit C (.c), LLVM IR (.ll/.bc), assembly and objects into an image",
     "  -o FILE        output (default: first input with .cbc, .cko, .cks or .ll)\n"
     "  -O0 -O1 -O2 -Os  optimisation level (default -O2)\n"
     "  -g             keep debug line information\n"
     "  -S             stop after code generation: write Cockpit assembly (.cks)\n"
     "  -c             stop after assembling: write an object (.cko)\n"
     "  -E             stop after preprocessing C: write the result (default: standard output)\n"
     "  --emit-llvm    stop after optimisation: write LLVM IR (.ll)\n"
     "  -I DIR         add DIR to the C include search path\n"
     "  -D NAME[=VAL]  define a macro;  -U NAME  undefine one\n"
     "  -Wall          more warnings;  -Werror  warnings are errors\n"
     "  --nostdlib     do not link the guest standard library\n"
     "  -fvariadic-definitions  allow defining variadic functions (used to build the stdlib)\n"
     "  --large-data   address static data with 32-bit constants (li) instead of 16-bit ones (liu),\n"
     "                 which need all static data below 64 KiB; build picks it when its inputs need it\n"
     "  --entry NAME   entry function (default main)\n"
     "  --no-gc        keep unreferenced functions and data\n"
     "  --target T     instruction set: full (default) or tiny (for boards with the tiny VM: 64-bit\n"
     "                 and floating-point operations become calls into the guest runtime)\n"
     "  -q, --quiet    no size summary\n", cmd_build},
    {"run", "FILE... [--board B] [--budget N] [--mem BYTES]", "build if needed, then run on the host VM (or an emulated board); exit status is the guest's",
     "  --board B      run on board B under QEMU: its firmware, flashed through its loader\n"
     "  --budget N     stop the guest with a fault after N branches, calls and 256-byte memcpy/memset blocks\n"
     "  --mem BYTES    guest memory (default 1M; K and M suffixes)\n"
     "  -O0 -O1 -O2 -Os, -g, -I, -D, -U, -W..., --entry NAME, --nostdlib, --large-data, --target   as for build\n"
     "                 (a board with the tiny VM builds for --target tiny)\n", cmd_run},
    {"asm", "FILE.cks [-o OUT]", "assemble to an object (.cko), or an image (.cbc) from an .image listing",
     "  -o FILE        output (default: FILE with .cko or .cbc)\n", cmd_asm},
    {"disasm", "FILE.cko|FILE.cbc [-o OUT]", "print an object or image as assembly that reassembles to the same bytes",
     "  -o FILE        output (default: standard output)\n", cmd_disasm},
    {"link", "FILE.cko... -o OUT.cbc", "link objects into an image",
     "  -o FILE        output image (default: first input with .cbc)\n"
     "  --entry NAME   entry function (default main)\n"
     "  --no-gc        keep unreferenced functions and data\n"
     "  --target T     full (default) or tiny: link the tiny runtime and library, check every opcode\n", cmd_link},
    {"size", "FILE.cbc|FILE.cko...", "print section sizes: code, rodata, data, bss",
     "", cmd_size},
    {"flash", "FILE... --port PORT | --gdb HOST:PORT [--board B]", "build if needed, then deliver the image to a board's loader",
     "  --board B        the board it must be (default mps2-an386); checked before writing\n"
     "  --port PORT      serial device (/dev/ttyACM0), tcp:HOST:PORT or unix:PATH\n"
     "  --gdb HOST:PORT  write through a GDB remote server (QEMU -gdb, OpenOCD, Black Magic Probe...)\n"
     "  --monitor        print the console until the guest ends (faults as for run); exit with its status\n"
     "  --budget N, --mem BYTES   as for run, sent to the device (with --monitor)\n"
     "  -q, --quiet      no progress bar\n"
     "  -O0 -O1 -O2 -Os, -g, -I, -D, -U, -W..., --entry NAME, --nostdlib, --large-data, --target   as for build\n"
     "                   (a board with the tiny VM builds for --target tiny and gets only tiny images)\n", cmd_flash},
    {"firmware", "[--board B] [-o FILE.elf|FILE.hex|FILE.bin]", "write a board's firmware for installing once with the board's tool",
     "  --board B      board (default mps2-an386)\n"
     "  -o FILE        output; the extension picks the format (default cockpit-BOARD.elf)\n", cmd_firmware},
    {"boards", "", "list the boards and whether their firmware is built", "", cmd_boards},
    {"version", "", "print the version and the formats it reads and writes", "", cmd_version},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void print_usage(FILE *f)
{
    fprintf(f, "usage: cockpit COMMAND [ARGS]\n\ncommands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\n'cockpit COMMAND --help' describes a command.\n");
}

static void print_command_help(const command *c)
{
    printf("usage: cockpit %s %s\n%s\n", c->name, c->args, c->summary);
    if (*c->flags) printf("\noptions:\n%s", c->flags);
}

/* Flags are accepted only by the commands that use them. */
static int accepts(const char *cmd, const char *flag)
{
    static const struct { const char *flag, *cmds; } table[] = {
        {"-o", "build asm disasm link firmware"}, {"-O", "build run flash"}, {"-g", "build run flash"},
        {"-S", "build"}, {"-c", "build"}, {"-E", "build"}, {"--emit-llvm", "build"},
        {"-I", "build run flash"}, {"-D", "build run flash"}, {"-U", "build run flash"},
        {"-W", "build run flash"}, {"--nostdlib", "build run link flash"},
        {"-fvariadic-definitions", "build run flash"}, {"--large-data", "build run flash"},
        {"--entry", "build run link flash"}, {"--target", "build run link flash"},
        {"--no-gc", "build run link flash"}, {"-q", "build flash"}, {"--budget", "run flash"}, {"--mem", "run flash"},
        {"--board", "run flash firmware"}, {"--port", "flash"}, {"--gdb", "flash"}, {"--monitor", "flash"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(table[i].flag, flag)) continue;
        const char *p = strstr(table[i].cmds, cmd);
        size_t n = strlen(cmd);
        return p && (p[n] == ' ' || p[n] == 0) && (p == table[i].cmds || p[-1] == ' ');
    }
    return 0;
}

static void parse_args(options *o, int argc, char **argv)
{
    o->inputs = ck_xmalloc(sizeof(char *) * (size_t)argc);
    o->incs = ck_xmalloc(sizeof(char *) * (size_t)argc);
    o->defs = ck_xmalloc(sizeof(char *) * (size_t)argc);
    o->undefs = ck_xmalloc(sizeof(char *) * (size_t)argc);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        char flag[32];
        if (a[0] != '-' || !a[1]) { o->inputs[o->ninputs++] = a; continue; }
        if (!strcmp(a, "--")) {
            while (++i < argc) o->inputs[o->ninputs++] = argv[i];
            break;
        }
        if ((!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2)) && strncmp(a, "--", 2)) {
            char f2[3] = {a[0], a[1], 0};
            if (!accepts(o->cmd, f2)) usage_error("option '%s' is not valid here", a);
            const char *v = a[2] ? a + 2 : NULL;
            if (!v) {
                if (i + 1 >= argc) usage_error("option '%s' needs a value", a);
                v = argv[++i];
            }
            if (!*v) usage_error("option '%s' needs a value", a);
            if (a[1] == 'I') o->incs[o->nincs++] = v;
            else if (a[1] == 'D') o->defs[o->ndefs++] = v;
            else o->undefs[o->nundefs++] = v;
            continue;
        }
        /* split --flag=value */
        const char *eq = strncmp(a, "--", 2) ? NULL : strchr(a, '=');
        size_t fl = eq ? (size_t)(eq - a) : strlen(a);
        if (fl >= sizeof flag) usage_error("unknown option '%s'", a);
        memcpy(flag, a, fl);
        flag[fl] = 0;
        if (eq) val = eq + 1;
        if (!strncmp(a, "-W", 2)) {
            if (!accepts(o->cmd, "-W")) usage_error("option '%s' is not valid here", a);
            if (!strcmp(a, "-Wall") || !strcmp(a, "-Wextra")) o->wall = 1;
            else if (!strcmp(a, "-Werror")) o->werror = 1;
            else if (!strcmp(a, "-Wno-error")) o->werror = 0;
            else usage_error("unknown warning option '%s' (use -Wall, -Wextra, -Werror or -Wno-error)", a);
            continue;
        }
        if (!strcmp(a, "-nostdlib")) strcpy(flag, "--nostdlib");
        if (!strncmp(flag, "-O", 2) && !eq) {
            if (!accepts(o->cmd, "-O")) usage_error("option '%s' is not valid here", a);
            if (strlen(flag) != 3 || !strchr("012s", flag[2]))
                usage_error("unknown optimisation level '%s' (use -O0, -O1, -O2 or -Os)", a);
            o->opt = flag[2];
            continue;
        }
        if (!strcmp(flag, "--quiet")) strcpy(flag, "-q");
        if (!strcmp(flag, "-o") && a[2]) usage_error("unknown option '%s' (write '-o FILE')", a);
        if (!accepts(o->cmd, flag)) {
            if (!strcmp(flag, "-h") || !strcmp(flag, "--help")) continue;
            usage_error("unknown option '%s'", a);
        }
        int takes_value = !strcmp(flag, "-o") || !strcmp(flag, "--entry") || !strcmp(flag, "--budget") ||
                          !strcmp(flag, "--mem") || !strcmp(flag, "--board") || !strcmp(flag, "--port") ||
                          !strcmp(flag, "--gdb") || !strcmp(flag, "--target");
        if (takes_value && !val) {
            if (i + 1 >= argc) usage_error("option '%s' needs a value", a);
            val = argv[++i];
        } else if (!takes_value && val) {
            usage_error("option '%s' takes no value", a);
        }
        if (!strcmp(flag, "-o")) o->output = val;
        else if (!strcmp(flag, "--entry")) o->entry = val;
        else if (!strcmp(flag, "-g")) o->debug = 1;
        else if (!strcmp(flag, "-S")) o->stop_asm = 1;
        else if (!strcmp(flag, "-c")) o->stop_obj = 1;
        else if (!strcmp(flag, "-E")) o->preprocess = 1;
        else if (!strcmp(flag, "--nostdlib")) o->nostdlib = 1;
        else if (!strcmp(flag, "-fvariadic-definitions")) o->variadic_defs = 1;
        else if (!strcmp(flag, "--large-data")) o->large_data = 1;
        else if (!strcmp(flag, "--emit-llvm")) o->emit_llvm = 1;
        else if (!strcmp(flag, "--no-gc")) o->no_gc = 1;
        else if (!strcmp(flag, "-q")) o->quiet = 1;
        else if (!strcmp(flag, "--board")) o->board = val;
        else if (!strcmp(flag, "--target")) {
            if (strcmp(val, "tiny") && strcmp(val, "full")) usage_error("unknown --target '%s' (use full or tiny)", val);
            o->target = val;
            o->tiny = !strcmp(val, "tiny");
        }
        else if (!strcmp(flag, "--port")) o->port = val;
        else if (!strcmp(flag, "--gdb")) o->gdb = val;
        else if (!strcmp(flag, "--monitor")) o->monitor = 1;
        else if (!strcmp(flag, "--budget")) {
            if (parse_u64(val, &o->budget) || o->budget == 0)
                usage_error("bad --budget '%s' (a positive count)", val);
        } else if (!strcmp(flag, "--mem")) {
            uint64_t m;
            if (parse_u64(val, &m) || m < 1024 || m > 0x40000000u)
                usage_error("bad --mem '%s' (bytes, 1K to 1024M)", val);
            o->mem_size = (uint32_t)m;
        }
    }
}

/* --- pipeline stages ------------------------------------------------------------------------- */
static int read_input(const char *path, ck_buf *b)
{
    char err[512];
    if (ck_read_file(path, b, err, sizeof err)) { fail(err); return -1; }
    return 0;
}

static int write_output(const char *path, const void *p, size_t n)
{
    char err[512];
    if (!strcmp(path, "-")) {
        if (fwrite(p, 1, n, stdout) != n || fflush(stdout)) { fail("cannot write to standard output"); return -1; }
        return 0;
    }
    if (ck_write_file(path, p, n, err, sizeof err)) { fail(err); return -1; }
    return 0;
}

static ck_cc_opts cc_opts(const options *o)
{
    ck_cc_opts c = { o->opt ? o->opt : '2', o->debug, o->large_data, o->tiny };
    return c;
}

#ifndef CK_SRCDIR
#define CK_SRCDIR "."
#endif

/* A data directory (stdlib/include, stdlib/lib): installed or next to the executable, else in the
 * source tree this cockpit was built from (an out-of-tree build keeps headers there). NULL if none. */
static char *find_data_dir(const char *rel)
{
    char *p = ck_data_path(rel);
    DIR *d = opendir(p);
    if (d) { closedir(d); return p; }
    free(p);
    size_t n = strlen(CK_SRCDIR) + strlen(rel) + 2;
    p = ck_xmalloc(n);
    snprintf(p, n, "%s/%s", CK_SRCDIR, rel);
    d = opendir(p);
    if (d) { closedir(d); return p; }
    free(p);
    return NULL;
}

static ck_c_opts c_opts(const options *o, char **stdinc)
{
    ck_c_opts c;
    memset(&c, 0, sizeof c);
    c.include_dirs = o->incs; c.ninclude = o->nincs;
    c.defines = o->defs; c.ndefines = o->ndefs;
    c.undefs = o->undefs; c.nundefs = o->nundefs;
    c.werror = o->werror;
    c.wall = o->wall;
    c.debug = o->debug;
    c.variadic_defs = o->variadic_defs;
    c.opt = o->opt ? o->opt : '2';
    *stdinc = o->nostdlib ? NULL : find_data_dir("stdlib/include");
    c.stdlib_include = *stdinc;
    return c;
}

/* C source or LLVM IR file -> optimised module -> Cockpit assembly text, or with ll_text the
 * optimised IR as text instead. */
static int compile_source(const options *o, const char *path, ck_buf *asm_text, char **ll_text)
{
    char *err = NULL, *stdinc = NULL;
    ck_cc_opts c = cc_opts(o);
    LLVMContextRef ctx = LLVMContextCreate();
    LLVMModuleRef m = NULL;
    int rc;
    if (kind_of(path) == IN_C) {
        ck_c_opts co = c_opts(o, &stdinc);
        rc = ck_c_compile(path, &co, ctx, &m);
        if (rc) m = NULL, err = ck_xstrdup("");     /* diagnostics already printed */
    } else {
        rc = ck_cc_load_ir(path, ctx, &m, &err);
    }
    if (!rc) rc = ck_cc_optimize(m, &c, &err);
    if (!rc && ll_text) {
        char *s = LLVMPrintModuleToString(m);
        *ll_text = ck_xstrdup(s);
        LLVMDisposeMessage(s);
    }
    if (!rc && !ll_text) rc = ck_cc_emit_asm(m, path, &c, asm_text, &err);   /* --emit-llvm stops before */
    if (rc && !(err && !*err)) fprintf(stderr, "%s: error: %s\n", path, err ? err : "compilation failed");
    free(err);
    free(stdinc);
    if (m) LLVMDisposeModule(m);
    LLVMContextDispose(ctx);
    return rc ? -1 : 0;
}

/* Any input but an image -> object. */
static int to_object(const options *o, const char *path, ck_obj *obj)
{
    ck_buf in = {0}, text = {0};
    int rc = -1;
    char err[512];
    switch (kind_of(path)) {
    case IN_OBJ:
        if (read_input(path, &in)) break;
        rc = ck_obj_read(obj, in.data, in.len, err, sizeof err);
        if (rc) fprintf(stderr, "%s: error: %s\n", path, err);
        break;
    case IN_ASM:
        if (read_input(path, &in)) break;
        rc = ck_asm_to_obj(path, (const char *)in.data, in.len, obj);
        break;
    case IN_IR:
    case IN_C:
        if (compile_source(o, path, &text, NULL)) break;
        rc = ck_asm_to_obj(path, (const char *)text.data, text.len, obj);
        break;
    case IN_IMAGE:
        fprintf(stderr, "%s: error: an image cannot be linked again; give objects, assembly or IR\n", path);
        break;
    default:
        fprintf(stderr, "%s: error: unknown input kind (expected .c, .ll, .bc, .cks, .cko or .cbc)\n", path);
        break;
    }
    ck_buf_free(&in);
    ck_buf_free(&text);
    return rc;
}

static void print_size_header(void)
{
    printf("%8s %8s %8s %8s %8s %8s %s\n", "code", "rodata", "data", "bss", "dec", "hex", "filename");
}

static void print_size_row(uint32_t code, uint32_t ro, uint32_t data, uint32_t bss, const char *name)
{
    unsigned long long t = (unsigned long long)code + ro + data + bss;
    printf("%8u %8u %8u %8u %8llu %8llx %s\n", code, ro, data, bss, t, t, name);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends every .cko in the data directory rel to v[0..*n), sorted by name; returns how many. */
static size_t lib_dir_objects(const char *rel, char ***v, size_t *n)
{
    char *dir = find_data_dir(rel);
    if (!dir) return 0;
    DIR *d = opendir(dir);
    size_t first = *n;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (kind_of(e->d_name) != IN_OBJ) continue;
        *v = ck_xrealloc(*v, sizeof **v * (*n + 1));
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        (*v)[*n] = ck_xmalloc(len);
        snprintf((*v)[(*n)++], len, "%s/%s", dir, e->d_name);
    }
    if (d) closedir(d);
    free(dir);
    if (*n > first) qsort(*v + first, *n - first, sizeof **v, cmp_str);
    return *n - first;
}

/* The guest library objects: for --target tiny the runtime (stdlib/rt, linked even with
 * --nostdlib, as C compilers link libgcc), then unless --nostdlib the standard library built for
 * the target (stdlib/lib or stdlib/lib-tiny); none of the latter if not found. */
static char **stdlib_objects(const options *o, size_t *n, int *rc)
{
    char **v = NULL;
    *n = 0;
    if (o->tiny && !lib_dir_objects("stdlib/rt", &v, n)) {
        fprintf(stderr, "%s: error: the tiny runtime (stdlib/rt/*.cko) is not installed next to this cockpit\n", cmd_name);
        *rc = -1;
    }
    if (!o->nostdlib) lib_dir_objects(o->tiny ? "stdlib/lib-tiny" : "stdlib/lib", &v, n);
    return v;
}

/* --target tiny: every instruction of the image must be in the tiny set (an object compiled for the
 * full set, or assembly that uses more, is refused here rather than by the device's verifier). */
static int check_tiny(const ck_image *im, const char *what)
{
    for (size_t f = 0; f < im->nfuncs; f++) {
        const ck_image_func *fn = &im->funcs[f];
        for (uint32_t pc = 0; pc < fn->code_size;) {
            ck_insn in;
            int bad = 0;
            if (ck_insn_decode(im->code.data + fn->code_off + pc, fn->code_size - pc, &in, &bad)) {
                fprintf(stderr, "%s: error: function %zu: bad instruction at pc %u\n", what, f, pc);
                return -1;
            }
            if (!CK_OP_TINY(in.op)) {
                char idx[24];
                snprintf(idx, sizeof idx, "%zu", f);
                fprintf(stderr, "%s: error: function %s uses '%s' (pc %u), which is not in the tiny instruction set: "
                        "build every input with --target tiny\n", what, fn->name ? fn->name : idx, ck_op_name(in.op), pc);
                return -1;
            }
            pc += in.size;
        }
    }
    return 0;
}

/* Every input -> one image in memory; the standard library's objects join as library members
 * (linked only when they define something still undefined). */
static int build_image(const options *o, ck_buf *image, ck_image *im)
{
    size_t nlib = 0;
    int rc = 0;
    char **lib = stdlib_objects(o, &nlib, &rc);
    size_t n = o->ninputs + nlib;
    ck_obj *objs = ck_xmalloc(sizeof *objs * (n ? n : 1));
    memset(objs, 0, sizeof *objs * (n ? n : 1));
    ck_link_input *in = ck_xmalloc(sizeof *in * (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        in[i].name = i < o->ninputs ? o->inputs[i] : lib[i - o->ninputs];
        in[i].obj = &objs[i];
        in[i].lazy = i >= o->ninputs;
        if (to_object(o, in[i].name, &objs[i])) rc = -1;   /* report every bad input */
    }
    /* The small data model (liu) needs every static address below 64 KiB: if all the objects'
     * static data together (with room for alignment) could go above, the sources compiled here
     * are compiled again with --large-data. */
    if (!rc && !o->large_data) {
        uint64_t total = CK_MEM_BASE;
        for (size_t i = 0; i < n; i++)
            total += objs[i].rodata.len + objs[i].data.len + objs[i].bss_size + 8u * (objs[i].nsyms + 3u);
        if (total > 0xffffu) {
            options big = *o;
            big.large_data = 1;
            for (size_t i = 0; i < o->ninputs && !rc; i++) {
                enum input_kind k = kind_of(in[i].name);
                if (k != IN_C && k != IN_IR) continue;
                ck_obj_free(&objs[i]);
                memset(&objs[i], 0, sizeof objs[i]);
                if (to_object(&big, in[i].name, &objs[i])) rc = -1;
            }
        }
    }
    if (!rc) {
        ck_link_opts lo = { o->entry ? o->entry : "main", o->no_gc, 1 };
        rc = ck_link(in, n, &lo, im);
    }
    if (!rc && o->tiny) rc = check_tiny(im, o->ninputs ? o->inputs[0] : cmd_name);
    if (!rc) ck_image_write(im, image);
    for (size_t i = 0; i < n; i++) ck_obj_free(&objs[i]);
    for (size_t i = 0; i < nlib; i++) free(lib[i]);
    free(lib);
    free(objs);
    free(in);
    return rc;
}

/* A ready image for a board with the tiny VM: refused here, before anything is sent, when it uses
 * an instruction that VM does not run. */
static int check_tiny_image(const options *o, const ck_buf *image, const char *what)
{
    if (!o->tiny || !o->board) return 0;
    const char *inj = getenv("COCKPIT_FLASH_INJECT");   /* tests: let the device refuse it (flash-protocol.md) */
    if (inj && strstr(inj, "nocheck")) return 0;
    ck_image im = {0};
    char err[512];
    /* an image that does not parse is left to the flash client's and the device's checks, which
     * say what is wrong with it */
    int rc = ck_image_read(&im, image->data, image->len, err, sizeof err) ? 0 : check_tiny(&im, what);
    ck_image_free(&im);
    return rc;
}

static int need_inputs(const options *o, size_t min, size_t max)
{
    if (o->ninputs < min) usage_error("%s", min == 1 ? "no input file" : "not enough input files");
    if (o->ninputs > max) usage_error("too many input files for '%s'", o->cmd);
    return 0;
}

/* --- commands -------------------------------------------------------------------------------- */
static int cmd_build(options *o)
{
    need_inputs(o, 1, (size_t)-1);
    if (o->stop_asm + o->stop_obj + o->emit_llvm + o->preprocess > 1)
        usage_error("%s", "-E, -S, -c and --emit-llvm exclude each other");
    if (o->preprocess) {
        if (o->ninputs != 1 || kind_of(o->inputs[0]) != IN_C) usage_error("%s", "-E takes one C source (.c)");
        char *stdinc = NULL;
        ck_c_opts co = c_opts(o, &stdinc);
        FILE *f = o->output && strcmp(o->output, "-") ? fopen(o->output, "w") : stdout;
        if (!f) { fprintf(stderr, "%s: error: cannot write '%s': %s\n", cmd_name, o->output, strerror(errno)); free(stdinc); return 1; }
        int rc = ck_c_preprocess(o->inputs[0], &co, f);
        if (f != stdout && fclose(f)) rc = -1;
        free(stdinc);
        return rc ? 1 : 0;
    }
    if ((o->stop_asm || o->stop_obj || o->emit_llvm) && o->output && o->ninputs > 1)
        usage_error("%s", "-o with -S, -c or --emit-llvm takes one input");
    if (o->stop_asm || o->stop_obj || o->emit_llvm) {
        for (size_t i = 0; i < o->ninputs; i++) {
            const char *path = o->inputs[i];
            enum input_kind k = kind_of(path);
            ck_buf text = {0}, out = {0};
            char *ll = NULL;
            int rc = -1;
            if (o->emit_llvm || o->stop_asm) {
                if (k != IN_IR && k != IN_C) {
                    fprintf(stderr, "%s: error: %s needs C or LLVM IR input (.c, .ll or .bc)\n", path,
                            o->emit_llvm ? "--emit-llvm" : "-S");
                    return 1;
                }
                if (!compile_source(o, path, &text, o->emit_llvm ? &ll : NULL)) {
                    const char *dst = o->output ? o->output : swap_ext(path, o->emit_llvm ? ".opt.ll" : ".cks");
                    rc = o->emit_llvm ? write_output(dst, ll, strlen(ll)) : write_output(dst, text.data, text.len);
                }
            } else {
                ck_obj obj = {0};
                if (!to_object(o, path, &obj)) {
                    ck_obj_write(&obj, &out);
                    rc = write_output(o->output ? o->output : swap_ext(path, ".cko"), out.data, out.len);
                }
                ck_obj_free(&obj);
            }
            free(ll);
            ck_buf_free(&text);
            ck_buf_free(&out);
            if (rc) return 1;
        }
        return 0;
    }
    ck_buf image = {0};
    ck_image im = {0};
    int rc = build_image(o, &image, &im);
    const char *dst = o->output ? o->output : swap_ext(o->inputs[0], ".cbc");
    if (!rc) rc = write_output(dst, image.data, image.len);
    if (!rc && !o->quiet) {
        print_size_header();
        print_size_row((uint32_t)im.code.len, (uint32_t)im.rodata.len, (uint32_t)im.data.len, im.bss_size, dst);
    }
    ck_image_free(&im);
    ck_buf_free(&image);
    return rc ? 1 : 0;
}

static int cmd_run(options *o)
{
    need_inputs(o, 1, (size_t)-1);
    ck_buf image = {0};
    const char *name = o->inputs[0];
    if (o->ninputs == 1 && kind_of(name) == IN_IMAGE) {
        if (read_input(name, &image) || check_tiny_image(o, &image, name)) { ck_buf_free(&image); return 1; }
    } else {
        ck_image im = {0};
        int rc = build_image(o, &image, &im);
        ck_image_free(&im);
        if (rc) { ck_buf_free(&image); return 1; }
    }
    fflush(stdout);
    int status;
    if (o->board) {
        ck_board_run_opts bo = { o->board, name, o->budget, o->mem_size, 1 };
        status = ck_board_run(image.data, image.len, &bo);
    } else {
        ck_host_opts ho = { o->mem_size ? o->mem_size : 1024 * 1024, o->budget, NULL, NULL };
        status = ck_host_run(image.data, image.len, name, &ho);
    }
    ck_buf_free(&image);
    return status;
}

static int cmd_asm(options *o)
{
    need_inputs(o, 1, 1);
    ck_buf in = {0}, out = {0};
    const char *path = o->inputs[0];
    if (read_input(path, &in)) return 1;
    int rc = ck_asm_assemble(path, (const char *)in.data, in.len, &out);
    if (!rc) {
        int image = out.len >= 4 && !memcmp(out.data, "CKBC", 4);
        rc = write_output(o->output ? o->output : swap_ext(path, image ? ".cbc" : ".cko"), out.data, out.len);
    }
    ck_buf_free(&in);
    ck_buf_free(&out);
    return rc ? 1 : 0;
}

static int cmd_disasm(options *o)
{
    need_inputs(o, 1, 1);
    ck_buf in = {0}, text = {0};
    char err[512];
    const char *path = o->inputs[0];
    if (read_input(path, &in)) return 1;
    int rc = ck_disasm(in.data, in.len, &text, err, sizeof err);
    if (rc) fprintf(stderr, "%s: error: %s\n", path, err);
    else rc = write_output(o->output ? o->output : "-", text.data, text.len);
    ck_buf_free(&in);
    ck_buf_free(&text);
    return rc ? 1 : 0;
}

static int cmd_link(options *o)
{
    need_inputs(o, 1, (size_t)-1);
    for (size_t i = 0; i < o->ninputs; i++)
        if (kind_of(o->inputs[i]) != IN_OBJ)
            usage_error("'%s' is not an object (.cko); 'cockpit build' takes other inputs", o->inputs[i]);
    ck_buf image = {0};
    ck_image im = {0};
    int rc = build_image(o, &image, &im);
    if (!rc) rc = write_output(o->output ? o->output : swap_ext(o->inputs[0], ".cbc"), image.data, image.len);
    ck_image_free(&im);
    ck_buf_free(&image);
    return rc ? 1 : 0;
}

static int cmd_size(options *o)
{
    need_inputs(o, 1, (size_t)-1);
    int status = 0;
    print_size_header();
    for (size_t i = 0; i < o->ninputs; i++) {
        const char *path = o->inputs[i];
        ck_buf in = {0};
        char err[512];
        if (read_input(path, &in)) { status = 1; continue; }
        if (in.len >= 4 && !memcmp(in.data, "CKBC", 4)) {
            ck_image im = {0};
            if (ck_image_read(&im, in.data, in.len, err, sizeof err)) {
                fprintf(stderr, "%s: error: %s\n", path, err);
                status = 1;
            } else {
                print_size_row((uint32_t)im.code.len, (uint32_t)im.rodata.len, (uint32_t)im.data.len, im.bss_size, path);
            }
            ck_image_free(&im);
        } else {
            ck_obj ob = {0};
            if (ck_obj_read(&ob, in.data, in.len, err, sizeof err)) {
                fprintf(stderr, "%s: error: %s\n", path, err);
                status = 1;
            } else {
                print_size_row((uint32_t)ob.code.len, (uint32_t)ob.rodata.len, (uint32_t)ob.data.len, ob.bss_size, path);
            }
            ck_obj_free(&ob);
        }
        ck_buf_free(&in);
    }
    return status;
}

/* The image to send to a board: read as is, or built from the inputs. */
static int image_for(options *o, ck_buf *image)
{
    if (o->ninputs == 1 && kind_of(o->inputs[0]) == IN_IMAGE)
        return read_input(o->inputs[0], image) || check_tiny_image(o, image, o->inputs[0]) ? -1 : 0;
    ck_image im = {0};
    int rc = build_image(o, image, &im);
    ck_image_free(&im);
    return rc;
}

static int cmd_flash(options *o)
{
    need_inputs(o, 1, (size_t)-1);
    if (!o->port == !o->gdb) usage_error("%s", "give exactly one of --port PORT and --gdb HOST:PORT");
    if (o->gdb && o->monitor) usage_error("%s", "--monitor needs --port (the console is on the serial line)");
    ck_buf image = {0};
    if (image_for(o, &image)) { ck_buf_free(&image); return 1; }
    ck_flash_cli c = { o->board, o->port, o->gdb, o->quiet, o->monitor, 1000, o->budget, o->mem_size, o->inputs[0] };
    int rc = ck_cmd_flash(image.data, image.len, &c);
    ck_buf_free(&image);
    return rc;
}

static int cmd_firmware(options *o)
{
    need_inputs(o, 0, 0);
    return ck_cmd_firmware(o->board, o->output);
}

static int cmd_boards(options *o)
{
    need_inputs(o, 0, 0);
    return ck_cmd_boards();
}

static int cmd_version(options *o)
{
    need_inputs(o, 0, 0);
    unsigned maj, min, patch;
    LLVMGetVersion(&maj, &min, &patch);
    printf("cockpit %s (image format %u, object format %u, LLVM %u.%u.%u)\n", PACKAGE_VERSION,
           CK_IMAGE_VERSION, CK_OBJECT_VERSION, maj, min, patch);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) { print_usage(stderr); return EXIT_USAGE; }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
        if (argc > 2) {
            for (size_t i = 0; i < NCOMMANDS; i++)
                if (!strcmp(commands[i].name, argv[2])) { print_command_help(&commands[i]); return 0; }
            fprintf(stderr, "cockpit: error: unknown command '%s'\n", argv[2]);
            return EXIT_USAGE;
        }
        print_usage(stdout);
        return 0;
    }
    if (!strcmp(name, "--version")) name = "version";
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (strcmp(commands[i].name, name)) continue;
        static char label[64];
        snprintf(label, sizeof label, "cockpit %s", name);
        cmd_name = label;
        for (int a = 2; a < argc; a++)
            if (!strcmp(argv[a], "--help") || !strcmp(argv[a], "-h")) { print_command_help(&commands[i]); return 0; }
        options o = {0};
        o.cmd = commands[i].name;
        parse_args(&o, argc - 2, argv + 2);
        /* a board whose firmware has the tiny VM gets tiny images */
        const ck_board_desc *bd = o.board ? ck_board_find(o.board) : NULL;
        if (bd && bd->tiny) {
            if (o.target && !o.tiny) usage_error("board '%s' runs the tiny VM: it takes --target tiny images only", o.board);
            o.tiny = 1;
        }
        int rc = commands[i].fn(&o);
        free(o.inputs);
        free(o.incs);
        free(o.defs);
        free(o.undefs);
        for (size_t k = 0; k < nrun_strings; k++) free(run_strings[k]);
        free(run_strings);
        return rc;
    }
    fprintf(stderr, "cockpit: error: unknown command '%s' (see 'cockpit --help')\n", name);
    return EXIT_USAGE;
}
