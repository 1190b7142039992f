; llvm.trap stops the guest with a trap fault (after the output before it), at every level.
declare void @"\01io.print_i32"(i32)
declare void @llvm.trap()

@n = global i32 3

define internal void @check(i32 %x) {
  %bad = icmp sgt i32 %x, 2
  br i1 %bad, label %fail, label %ok
fail:
  call void @llvm.trap()
  unreachable
ok:
  ret void
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  call void @"\01io.print_i32"(i32 %i)
  call void @check(i32 %i)
  %i1 = add i32 %i, 1
  br label %loop
}
