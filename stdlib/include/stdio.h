/* <stdio.h> for Cockpit C (docs/stdlib.md): formatted output to the console and to strings.
 * The console is the only stream: stdout and stderr both write to it; stdin reads nothing. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>

#define EOF (-1)
#define BUFSIZ 128

typedef struct __ck_file FILE;
extern FILE *const stdin, *const stdout, *const stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

int printf(const char *restrict fmt, ...);
int vprintf(const char *restrict fmt, __builtin_va_list ap);
int fprintf(FILE *restrict f, const char *restrict fmt, ...);
int vfprintf(FILE *restrict f, const char *restrict fmt, __builtin_va_list ap);
int sprintf(char *restrict buf, const char *restrict fmt, ...);
int vsprintf(char *restrict buf, const char *restrict fmt, __builtin_va_list ap);
int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, __builtin_va_list ap);

/* The same without floating-point conversions: the compiler calls these instead when the format
 * is a string literal with no %f %e %g %a (docs/stdlib.md, "Integer-only printf"). */
int __ck_iprintf(const char *restrict fmt, ...);
int __ck_ivprintf(const char *restrict fmt, __builtin_va_list ap);
int __ck_ifprintf(FILE *restrict f, const char *restrict fmt, ...);
int __ck_ivfprintf(FILE *restrict f, const char *restrict fmt, __builtin_va_list ap);
int __ck_isprintf(char *restrict buf, const char *restrict fmt, ...);
int __ck_ivsprintf(char *restrict buf, const char *restrict fmt, __builtin_va_list ap);
int __ck_isnprintf(char *restrict buf, size_t n, const char *restrict fmt, ...);
int __ck_ivsnprintf(char *restrict buf, size_t n, const char *restrict fmt, __builtin_va_list ap);

int putchar(int c);
int puts(const char *s);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int fputs(const char *restrict s, FILE *restrict f);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
int fflush(FILE *f);
int getchar(void);
int fgetc(FILE *f);
int getc(FILE *f);
void perror(const char *s);

#endif
