; Global initialisers with relocations: pointers into arrays and struct fields (positive and
; negative offsets), a pointer to itself, function pointer tables, nested aggregates with padding,
; strings, i1/i8/i16/i64/float/double scalars, zero-initialised and partly zero data, constants
; and variables, internal and external symbols; read back and printed.
declare void @"\01io.print_i64"(i64)
declare void @"\01io.print_x64"(i64)
declare i32 @"\01io.putchar"(i32)
declare i32 @"\01io.write"(ptr, i32)

%S = type { i8, i32, ptr, i16, [3 x i8], double, ptr }

@a = global [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5]
@s = global %S { i8 7, i32 -2, ptr getelementptr (i8, ptr @a, i32 12), i16 300, [3 x i8] c"xyz",
                 double 2.5, ptr @f1 }
@self = global ptr @self
@last = global ptr getelementptr ([5 x i32], ptr @a, i32 0, i32 4)
@before = global ptr getelementptr (i8, ptr @a, i32 -4)
@fptrs = constant [3 x ptr] [ptr @f1, ptr @f2, ptr null]
@nested = internal global { [2 x { i16, ptr }], i64 } { [2 x { i16, ptr }] [{ i16, ptr } { i16 1, ptr @a },
                                                                             { i16, ptr } { i16 2, ptr @s }],
                                                         i64 -5 }
@str = private unnamed_addr constant [7 x i8] c"hello\0A\00"
@strp = global ptr @str
@flag = global i1 true
@small = global i8 -7
@half = global i16 -30000
@f32 = global float 1.5
@f64 = global double -2.5e-3
@big = global i64 1311768467463790320
@zero = global [10 x i32] zeroinitializer
@partial = global [4 x i32] [i32 0, i32 0, i32 0, i32 9]
@field = global ptr getelementptr (%S, ptr @s, i32 0, i32 5)
@slot1 = global ptr getelementptr ([3 x ptr], ptr @fptrs, i32 0, i32 1)
@localfn = internal global ptr @f2
@ptrs = global [3 x ptr] [ptr @nested, ptr getelementptr (i8, ptr @str, i32 2), ptr @self]

define i64 @f1(i64 %x) {
  %r = mul i64 %x, 3
  ret i64 %r
}

define internal i64 @f2(i64 %x) {
  %r = sub i64 %x, 100
  ret i64 %r
}

define internal void @p(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define i32 @main() {
  ; pointers into @a
  %p1 = getelementptr %S, ptr @s, i32 0, i32 2
  %a3p = load ptr, ptr %p1
  %a3 = load i32, ptr %a3p
  %a3w = sext i32 %a3 to i64
  call void @p(i64 %a3w)
  %lp = load ptr, ptr @last
  %l = load i32, ptr %lp
  %lw = sext i32 %l to i64
  call void @p(i64 %lw)
  %bp = load ptr, ptr @before
  %b1p = getelementptr i32, ptr %bp, i32 2
  %b1 = load i32, ptr %b1p
  %b1w = sext i32 %b1 to i64
  call void @p(i64 %b1w)
  ; the struct's fields
  %c0 = load i8, ptr @s
  %c0w = sext i8 %c0 to i64
  call void @p(i64 %c0w)
  %p1b = getelementptr %S, ptr @s, i32 0, i32 1
  %c1 = load i32, ptr %p1b
  %c1w = sext i32 %c1 to i64
  call void @p(i64 %c1w)
  %p3 = getelementptr %S, ptr @s, i32 0, i32 3
  %c3 = load i16, ptr %p3
  %c3w = sext i16 %c3 to i64
  call void @p(i64 %c3w)
  %p4 = getelementptr %S, ptr @s, i32 0, i32 4, i32 2
  %c4 = load i8, ptr %p4
  %c4w = zext i8 %c4 to i64
  call void @p(i64 %c4w)
  %fp = load ptr, ptr @field
  %d = load double, ptr %fp
  %di = fptosi double %d to i64
  call void @p(i64 %di)
  %p6 = getelementptr %S, ptr @s, i32 0, i32 6
  %g = load ptr, ptr %p6
  %gr = call i64 %g(i64 14)
  call void @p(i64 %gr)
  ; a pointer to itself
  %sp = load ptr, ptr @self
  %same = icmp eq ptr %sp, @self
  %samew = zext i1 %same to i64
  call void @p(i64 %samew)
  ; function pointer tables
  %t1p = load ptr, ptr @slot1
  %t1 = load ptr, ptr %t1p
  %t1r = call i64 %t1(i64 1000)
  call void @p(i64 %t1r)
  %t2p = getelementptr [3 x ptr], ptr @fptrs, i32 0, i32 2
  %t2 = load ptr, ptr %t2p
  %isnull = icmp eq ptr %t2, null
  %isnullw = zext i1 %isnull to i64
  call void @p(i64 %isnullw)
  %lf = load ptr, ptr @localfn
  %lfr = call i64 %lf(i64 1)
  call void @p(i64 %lfr)
  ; nested aggregates
  %n1p = getelementptr { [2 x { i16, ptr }], i64 }, ptr @nested, i32 0, i32 0, i32 1, i32 1
  %n1 = load ptr, ptr %n1p
  %n1f = getelementptr %S, ptr %n1, i32 0, i32 1
  %n1v = load i32, ptr %n1f
  %n1w = sext i32 %n1v to i64
  call void @p(i64 %n1w)
  %n0p = getelementptr { [2 x { i16, ptr }], i64 }, ptr @nested, i32 0, i32 0, i32 1, i32 0
  %n0 = load i16, ptr %n0p
  %n0w = sext i16 %n0 to i64
  call void @p(i64 %n0w)
  %n2p = getelementptr { [2 x { i16, ptr }], i64 }, ptr @nested, i32 0, i32 1
  %n2 = load i64, ptr %n2p
  call void @p(i64 %n2)
  %pp = getelementptr [3 x ptr], ptr @ptrs, i32 0, i32 0
  %pn = load ptr, ptr %pp
  %pn0 = getelementptr { [2 x { i16, ptr }], i64 }, ptr %pn, i32 0, i32 0, i32 0, i32 1
  %pa = load ptr, ptr %pn0
  %pa1 = getelementptr i32, ptr %pa, i32 1
  %pav = load i32, ptr %pa1
  %paw = sext i32 %pav to i64
  call void @p(i64 %paw)
  ; strings
  %str = load ptr, ptr @strp
  %w = call i32 @"\01io.write"(ptr %str, i32 6)
  %sp2 = getelementptr [3 x ptr], ptr @ptrs, i32 0, i32 1
  %st2 = load ptr, ptr %sp2
  %w2 = call i32 @"\01io.write"(ptr %st2, i32 4)
  ; scalars
  %fl = load i1, ptr @flag
  %flw = zext i1 %fl to i64
  call void @p(i64 %flw)
  %sm = load i8, ptr @small
  %smw = sext i8 %sm to i64
  call void @p(i64 %smw)
  %hf = load i16, ptr @half
  %hfw = sext i16 %hf to i64
  call void @p(i64 %hfw)
  %ff = load float, ptr @f32
  %ffb = bitcast float %ff to i32
  %ffw = zext i32 %ffb to i64
  call void @"\01io.print_x64"(i64 %ffw)
  %dd = load double, ptr @f64
  %ddb = bitcast double %dd to i64
  call void @"\01io.print_x64"(i64 %ddb)
  %bg = load i64, ptr @big
  call void @p(i64 %bg)
  %z = getelementptr [10 x i32], ptr @zero, i32 0, i32 9
  %zv = load i32, ptr %z
  %zw = sext i32 %zv to i64
  call void @p(i64 %zw)
  %pt = getelementptr [4 x i32], ptr @partial, i32 0, i32 3
  %ptv = load i32, ptr %pt
  %ptw = sext i32 %ptv to i64
  call void @p(i64 %ptw)
  ; globals are variables: change some and read them back
  store i32 77, ptr %z
  store ptr @a, ptr @self
  %sp3 = load ptr, ptr @self
  %a0 = load i32, ptr %sp3
  %zv2 = load i32, ptr %z
  %sum = add i32 %a0, %zv2
  %sumw = sext i32 %sum to i64
  call void @p(i64 %sumw)
  ret i32 3
}
