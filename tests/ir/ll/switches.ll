; switch on i3, i8, i16, i32, i40 and i64: dense case sets (jump tables), sparse ones (compare
; trees), negative and above-32-bit case values, shared destinations, phis whose incoming value
; depends on the edge, a single case, only a default, and an unreachable default.
declare void @"\01io.print_i64"(i64)
declare i32 @"\01io.putchar"(i32)

@in = global [14 x i64] [i64 0, i64 1, i64 2, i64 5, i64 9, i64 10, i64 -1, i64 -3, i64 100, i64 255,
                         i64 5000, i64 8589934592, i64 -1099511627776, i64 1048576]

define internal void @p(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal i32 @dense32(i32 %x) {
entry:
  switch i32 %x, label %def [ i32 0, label %a  i32 1, label %b  i32 2, label %c  i32 3, label %a
                              i32 4, label %d  i32 5, label %e  i32 6, label %b  i32 7, label %f
                              i32 8, label %c  i32 9, label %g ]
a: br label %join
b: br label %join
c: br label %join
d: br label %join
e: br label %join
f: br label %join
g: br label %join
def: br label %join
join:
  %r = phi i32 [ 10, %a ], [ 20, %b ], [ 30, %c ], [ 40, %d ], [ 50, %e ], [ 60, %f ], [ 70, %g ], [ -1, %def ]
  ret i32 %r
}

define internal i32 @sparse32(i32 %x) {
entry:
  switch i32 %x, label %def [ i32 -1000, label %a  i32 -3, label %b  i32 7, label %c  i32 100, label %d
                              i32 5000, label %a  i32 1048576, label %e  i32 -1, label %f ]
a: br label %join
b: br label %join
c: br label %join
d: br label %join
e: br label %join
f: br label %join
def: br label %join
join:
  %r = phi i32 [ 1, %a ], [ 2, %b ], [ 3, %c ], [ 4, %d ], [ 5, %e ], [ 6, %f ], [ %x, %def ]
  ret i32 %r
}

; the same destination reached from several cases and from the default, with different phi values
define internal i32 @edges8(i8 %x) {
entry:
  switch i8 %x, label %join [ i8 1, label %join  i8 2, label %join  i8 -1, label %mid  i8 100, label %mid
                              i8 -3, label %join ]
mid:
  br label %join
join:
  %r = phi i32 [ 7, %entry ], [ 7, %entry ], [ 7, %entry ], [ 7, %entry ], [ 9, %mid ]
  %y = zext i8 %x to i32
  %s = add i32 %r, %y
  ret i32 %s
}

define internal i32 @narrow3(i3 %x) {
entry:
  switch i3 %x, label %def [ i3 0, label %a  i3 1, label %b  i3 2, label %c  i3 -1, label %d  i3 -4, label %e ]
a: ret i32 100
b: ret i32 101
c: ret i32 102
d: ret i32 107
e: ret i32 104
def: ret i32 -3
}

define internal i32 @wide16(i16 %x) {
entry:
  switch i16 %x, label %def [ i16 255, label %a  i16 -1, label %b  i16 5000, label %c  i16 -3, label %d
                              i16 0, label %e  i16 1, label %e  i16 2, label %e  i16 5, label %f ]
a: ret i32 1
b: ret i32 2
c: ret i32 3
d: ret i32 4
e: ret i32 5
f: ret i32 6
def: ret i32 0
}

define internal i64 @wide64(i64 %x) {
entry:
  switch i64 %x, label %def [ i64 8589934592, label %a  i64 -1099511627776, label %b  i64 0, label %c
                              i64 1, label %c  i64 2, label %d  i64 3, label %d  i64 4, label %c
                              i64 5, label %d  i64 -1, label %e  i64 4294967295, label %f ]
a: ret i64 -8589934592
b: ret i64 1
c: ret i64 2
d: ret i64 3
e: ret i64 4
f: ret i64 5
def: ret i64 %x
}

define internal i32 @wide40(i40 %x) {
entry:
  switch i40 %x, label %def [ i40 8589934592, label %a  i40 -1, label %b  i40 9, label %c  i40 10, label %c ]
a: ret i32 1
b: ret i32 2
c: ret i32 3
def: ret i32 4
}

define internal i32 @one(i32 %x) {
entry:
  switch i32 %x, label %def [ i32 9, label %a ]
a: ret i32 1
def: ret i32 0
}

define internal i32 @none(i32 %x) {
entry:
  switch i32 %x, label %def []
def:
  %r = mul i32 %x, 3
  ret i32 %r
}

; only called with 0..3: the default is unreachable
define internal i32 @nodefault(i32 %x) {
entry:
  switch i32 %x, label %unr [ i32 0, label %a  i32 1, label %b  i32 2, label %c  i32 3, label %a ]
a: ret i32 11
b: ret i32 12
c: ret i32 13
unr: unreachable
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %q = getelementptr [14 x i64], ptr @in, i32 0, i32 %i
  %x = load i64, ptr %q
  %x32 = trunc i64 %x to i32
  %x16 = trunc i64 %x to i16
  %x8 = trunc i64 %x to i8
  %x3 = trunc i64 %x to i3
  %x40 = trunc i64 %x to i40
  %r1 = call i32 @dense32(i32 %x32)
  %r2 = call i32 @sparse32(i32 %x32)
  %r3 = call i32 @edges8(i8 %x8)
  %r4 = call i32 @narrow3(i3 %x3)
  %r5 = call i32 @wide16(i16 %x16)
  %r6 = call i64 @wide64(i64 %x)
  %r7 = call i32 @wide40(i40 %x40)
  %r8 = call i32 @one(i32 %x32)
  %r9 = call i32 @none(i32 %x32)
  %m = and i32 %x32, 3
  %r10 = call i32 @nodefault(i32 %m)
  %e1 = sext i32 %r1 to i64
  call void @p(i64 %e1)
  %e2 = sext i32 %r2 to i64
  call void @p(i64 %e2)
  %e3 = sext i32 %r3 to i64
  call void @p(i64 %e3)
  %e4 = sext i32 %r4 to i64
  call void @p(i64 %e4)
  %e5 = sext i32 %r5 to i64
  call void @p(i64 %e5)
  call void @p(i64 %r6)
  %e7 = sext i32 %r7 to i64
  call void @p(i64 %e7)
  %e8 = sext i32 %r8 to i64
  call void @p(i64 %e8)
  %e9 = sext i32 %r9 to i64
  call void @p(i64 %e9)
  %e10 = sext i32 %r10 to i64
  call void @p(i64 %e10)
  %nl = call i32 @"\01io.putchar"(i32 10)
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 14
  br i1 %done, label %exit, label %loop
exit:
  ret i32 0
}
