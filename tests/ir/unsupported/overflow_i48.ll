; expect: function f: unsupported IR: overflow arithmetic on i48
declare { i48, i1 } @llvm.sadd.with.overflow.i48(i48, i48)
define i1 @f(i48 %a, i48 %b) {
  %r = call { i48, i1 } @llvm.sadd.with.overflow.i48(i48 %a, i48 %b)
  %o = extractvalue { i48, i1 } %r, 1
  ret i1 %o
}
