var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@xmldom/xmldom/lib/conventions.js
var require_conventions = __commonJS({
  "node_modules/@xmldom/xmldom/lib/conventions.js"(exports2) {
    "use strict";
    function find(list, predicate, ac) {
      if (ac === void 0) {
        ac = Array.prototype;
      }
      if (list && typeof ac.find === "function") {
        return ac.find.call(list, predicate);
      }
      for (var i = 0; i < list.length; i++) {
        if (hasOwn(list, i)) {
          var item = list[i];
          if (predicate.call(void 0, item, i, list)) {
            return item;
          }
        }
      }
    }
    function freeze(object, oc) {
      if (oc === void 0) {
        oc = Object;
      }
      if (oc && typeof oc.getOwnPropertyDescriptors === "function") {
        object = oc.create(null, oc.getOwnPropertyDescriptors(object));
      }
      return oc && typeof oc.freeze === "function" ? oc.freeze(object) : object;
    }
    function hasOwn(object, key) {
      return Object.prototype.hasOwnProperty.call(object, key);
    }
    function assign(target, source) {
      if (target === null || typeof target !== "object") {
        throw new TypeError("target is not an object");
      }
      for (var key in source) {
        if (hasOwn(source, key)) {
          target[key] = source[key];
        }
      }
      return target;
    }
    var HTML_BOOLEAN_ATTRIBUTES = freeze({
      allowfullscreen: true,
      async: true,
      autofocus: true,
      autoplay: true,
      checked: true,
      controls: true,
      default: true,
      defer: true,
      disabled: true,
      formnovalidate: true,
      hidden: true,
      ismap: true,
      itemscope: true,
      loop: true,
      multiple: true,
      muted: true,
      nomodule: true,
      novalidate: true,
      open: true,
      playsinline: true,
      readonly: true,
      required: true,
      reversed: true,
      selected: true
    });
    function isHTMLBooleanAttribute(name) {
      return hasOwn(HTML_BOOLEAN_ATTRIBUTES, name.toLowerCase());
    }
    var HTML_VOID_ELEMENTS = freeze({
      area: true,
      base: true,
      br: true,
      col: true,
      embed: true,
      hr: true,
      img: true,
      input: true,
      link: true,
      meta: true,
      param: true,
      source: true,
      track: true,
      wbr: true
    });
    function isHTMLVoidElement(tagName) {
      return hasOwn(HTML_VOID_ELEMENTS, tagName.toLowerCase());
    }
    var HTML_RAW_TEXT_ELEMENTS = freeze({
      script: false,
      style: false,
      textarea: true,
      title: true
    });
    function isHTMLRawTextElement(tagName) {
      var key = tagName.toLowerCase();
      return hasOwn(HTML_RAW_TEXT_ELEMENTS, key) && !HTML_RAW_TEXT_ELEMENTS[key];
    }
    function isHTMLEscapableRawTextElement(tagName) {
      var key = tagName.toLowerCase();
      return hasOwn(HTML_RAW_TEXT_ELEMENTS, key) && HTML_RAW_TEXT_ELEMENTS[key];
    }
    function isHTMLMimeType(mimeType) {
      return mimeType === MIME_TYPE.HTML;
    }
    function hasDefaultHTMLNamespace(mimeType) {
      return isHTMLMimeType(mimeType) || mimeType === MIME_TYPE.XML_XHTML_APPLICATION;
    }
    var MIME_TYPE = freeze({
      /**
       * `text/html`, the only mime type that triggers treating an XML document as HTML.
       *
       * @see https://www.iana.org/assignments/media-types/text/html IANA MimeType registration
       * @see https://en.wikipedia.org/wiki/HTML Wikipedia
       * @see https://developer.mozilla.org/en-US/docs/Web/API/DOMParser/parseFromString MDN
       * @see https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring
       *      WHATWG HTML Spec
       */
      HTML: "text/html",
      /**
       * `application/xml`, the standard mime type for XML documents.
       *
       * @see https://www.iana.org/assignments/media-types/application/xml IANA MimeType
       *      registration
       * @see https://tools.ietf.org/html/rfc7303#section-9.1 RFC 7303
       * @see https://en.wikipedia.org/wiki/XML_and_MIME Wikipedia
       */
      XML_APPLICATION: "application/xml",
      /**
       * `text/xml`, an alias for `application/xml`.
       *
       * @see https://tools.ietf.org/html/rfc7303#section-9.2 RFC 7303
       * @see https://www.iana.org/assignments/media-types/text/xml IANA MimeType registration
       * @see https://en.wikipedia.org/wiki/XML_and_MIME Wikipedia
       */
      XML_TEXT: "text/xml",
      /**
       * `application/xhtml+xml`, indicates an XML document that has the default HTML namespace,
       * but is parsed as an XML document.
       *
       * @see https://www.iana.org/assignments/media-types/application/xhtml+xml IANA MimeType
       *      registration
       * @see https://dom.spec.whatwg.org/#dom-domimplementation-createdocument WHATWG DOM Spec
       * @see https://en.wikipedia.org/wiki/XHTML Wikipedia
       */
      XML_XHTML_APPLICATION: "application/xhtml+xml",
      /**
       * `image/svg+xml`,
       *
       * @see https://www.iana.org/assignments/media-types/image/svg+xml IANA MimeType registration
       * @see https://www.w3.org/TR/SVG11/ W3C SVG 1.1
       * @see https://en.wikipedia.org/wiki/Scalable_Vector_Graphics Wikipedia
       */
      XML_SVG_IMAGE: "image/svg+xml"
    });
    var _MIME_TYPES = Object.keys(MIME_TYPE).map(function(key) {
      return MIME_TYPE[key];
    });
    function isValidMimeType(mimeType) {
      return _MIME_TYPES.indexOf(mimeType) > -1;
    }
    var NAMESPACE = freeze({
      /**
       * The XHTML namespace.
       *
       * @see http://www.w3.org/1999/xhtml
       */
      HTML: "http://www.w3.org/1999/xhtml",
      /**
       * The SVG namespace.
       *
       * @see http://www.w3.org/2000/svg
       */
      SVG: "http://www.w3.org/2000/svg",
      /**
       * The `xml:` namespace.
       *
       * @see http://www.w3.org/XML/1998/namespace
       */
      XML: "http://www.w3.org/XML/1998/namespace",
      /**
       * The `xmlns:` namespace.
       *
       * @see https://www.w3.org/2000/xmlns/
       */
      XMLNS: "http://www.w3.org/2000/xmlns/"
    });
    exports2.assign = assign;
    exports2.find = find;
    exports2.freeze = freeze;
    exports2.HTML_BOOLEAN_ATTRIBUTES = HTML_BOOLEAN_ATTRIBUTES;
    exports2.HTML_RAW_TEXT_ELEMENTS = HTML_RAW_TEXT_ELEMENTS;
    exports2.HTML_VOID_ELEMENTS = HTML_VOID_ELEMENTS;
    exports2.hasDefaultHTMLNamespace = hasDefaultHTMLNamespace;
    exports2.hasOwn = hasOwn;
    exports2.isHTMLBooleanAttribute = isHTMLBooleanAttribute;
    exports2.isHTMLRawTextElement = isHTMLRawTextElement;
    exports2.isHTMLEscapableRawTextElement = isHTMLEscapableRawTextElement;
    exports2.isHTMLMimeType = isHTMLMimeType;
    exports2.isHTMLVoidElement = isHTMLVoidElement;
    exports2.isValidMimeType = isValidMimeType;
    exports2.MIME_TYPE = MIME_TYPE;
    exports2.NAMESPACE = NAMESPACE;
  }
});

// node_modules/@xmldom/xmldom/lib/errors.js
var require_errors = __commonJS({
  "node_modules/@xmldom/xmldom/lib/errors.js"(exports2) {
    "use strict";
    var conventions = require_conventions();
    function extendError(constructor, writableName) {
      constructor.prototype = Object.create(Error.prototype, {
        constructor: { value: constructor },
        name: { value: constructor.name, enumerable: true, writable: writableName }
      });
    }
    var DOMExceptionName = conventions.freeze({
      /**
       * the default value as defined by the spec
       */
      Error: "Error",
      /**
       * @deprecated
       * Use RangeError instead.
       */
      IndexSizeError: "IndexSizeError",
      /**
       * @deprecated
       * Just to match the related static code, not part of the spec.
       */
      DomstringSizeError: "DomstringSizeError",
      HierarchyRequestError: "HierarchyRequestError",
      WrongDocumentError: "WrongDocumentError",
      InvalidCharacterError: "InvalidCharacterError",
      /**
       * @deprecated
       * Just to match the related static code, not part of the spec.
       */
      NoDataAllowedError: "NoDataAllowedError",
      NoModificationAllowedError: "NoModificationAllowedError",
      NotFoundError: "NotFoundError",
      NotSupportedError: "NotSupportedError",
      InUseAttributeError: "InUseAttributeError",
      InvalidStateError: "InvalidStateError",
      SyntaxError: "SyntaxError",
      InvalidModificationError: "InvalidModificationError",
      NamespaceError: "NamespaceError",
      /**
       * @deprecated
       * Use TypeError for invalid arguments,
       * "NotSupportedError" DOMException for unsupported operations,
       * and "NotAllowedError" DOMException for denied requests instead.
       */
      InvalidAccessError: "InvalidAccessError",
      /**
       * @deprecated
       * Just to match the related static code, not part of the spec.
       */
      ValidationError: "ValidationError",
      /**
       * @deprecated
       * Use TypeError instead.
       */
      TypeMismatchError: "TypeMismatchError",
      SecurityError: "SecurityError",
      NetworkError: "NetworkError",
      AbortError: "AbortError",
      /**
       * @deprecated
       * Just to match the related static code, not part of the spec.
       */
      URLMismatchError: "URLMismatchError",
      QuotaExceededError: "QuotaExceededError",
      TimeoutError: "TimeoutError",
      InvalidNodeTypeError: "InvalidNodeTypeError",
      DataCloneError: "DataCloneError",
      EncodingError: "EncodingError",
      NotReadableError: "NotReadableError",
      UnknownError: "UnknownError",
      ConstraintError: "ConstraintError",
      DataError: "DataError",
      TransactionInactiveError: "TransactionInactiveError",
      ReadOnlyError: "ReadOnlyError",
      VersionError: "VersionError",
      OperationError: "OperationError",
      NotAllowedError: "NotAllowedError",
      OptOutError: "OptOutError"
    });
    var DOMExceptionNames = Object.keys(DOMExceptionName);
    function isValidDomExceptionCode(value) {
      return typeof value === "number" && value >= 1 && value <= 25;
    }
    function endsWithError(value) {
      return typeof value === "string" && value.substring(value.length - DOMExceptionName.Error.length) === DOMExceptionName.Error;
    }
    function DOMException(messageOrCode, nameOrMessage) {
      if (isValidDomExceptionCode(messageOrCode)) {
        this.name = DOMExceptionNames[messageOrCode];
        this.message = nameOrMessage || "";
      } else {
        this.message = messageOrCode;
        this.name = endsWithError(nameOrMessage) ? nameOrMessage : DOMExceptionName.Error;
      }
      if (Error.captureStackTrace) Error.captureStackTrace(this, DOMException);
    }
    extendError(DOMException, true);
    Object.defineProperties(DOMException.prototype, {
      code: {
        enumerable: true,
        get: function() {
          var code = DOMExceptionNames.indexOf(this.name);
          if (isValidDomExceptionCode(code)) return code;
          return 0;
        }
      }
    });
    var ExceptionCode = {
      INDEX_SIZE_ERR: 1,
      DOMSTRING_SIZE_ERR: 2,
      HIERARCHY_REQUEST_ERR: 3,
      WRONG_DOCUMENT_ERR: 4,
      INVALID_CHARACTER_ERR: 5,
      NO_DATA_ALLOWED_ERR: 6,
      NO_MODIFICATION_ALLOWED_ERR: 7,
      NOT_FOUND_ERR: 8,
      NOT_SUPPORTED_ERR: 9,
      INUSE_ATTRIBUTE_ERR: 10,
      INVALID_STATE_ERR: 11,
      SYNTAX_ERR: 12,
      INVALID_MODIFICATION_ERR: 13,
      NAMESPACE_ERR: 14,
      INVALID_ACCESS_ERR: 15,
      VALIDATION_ERR: 16,
      TYPE_MISMATCH_ERR: 17,
      SECURITY_ERR: 18,
      NETWORK_ERR: 19,
      ABORT_ERR: 20,
      URL_MISMATCH_ERR: 21,
      QUOTA_EXCEEDED_ERR: 22,
      TIMEOUT_ERR: 23,
      INVALID_NODE_TYPE_ERR: 24,
      DATA_CLONE_ERR: 25
    };
    var entries = Object.entries(ExceptionCode);
    for (i = 0; i < entries.length; i++) {
      key = entries[i][0];
      DOMException[key] = entries[i][1];
    }
    var key;
    var i;
    function ParseError(message, locator, cause) {
      this.message = message;
      this.locator = locator;
      this.cause = cause;
      if (Error.captureStackTrace) Error.captureStackTrace(this, ParseError);
    }
    extendError(ParseError);
    exports2.DOMException = DOMException;
    exports2.DOMExceptionName = DOMExceptionName;
    exports2.ExceptionCode = ExceptionCode;
    exports2.ParseError = ParseError;
  }
});

// node_modules/@xmldom/xmldom/lib/grammar.js
var require_grammar = __commonJS({
  "node_modules/@xmldom/xmldom/lib/grammar.js"(exports2) {
    "use strict";
    function detectUnicodeSupport(RegExpImpl) {
      try {
        if (typeof RegExpImpl !== "function") {
          RegExpImpl = RegExp;
        }
        var match = new RegExpImpl("\u{1D306}", "u").exec("\u{1D306}");
        return !!match && match[0].length === 2;
      } catch (error2) {
      }
      return false;
    }
    var UNICODE_SUPPORT = detectUnicodeSupport();
    function chars(regexp) {
      if (regexp.source[0] !== "[") {
        throw new Error(regexp + " can not be used with chars");
      }
      return regexp.source.slice(1, regexp.source.lastIndexOf("]"));
    }
    function chars_without(regexp, search) {
      if (regexp.source[0] !== "[") {
        throw new Error("/" + regexp.source + "/ can not be used with chars_without");
      }
      if (!search || typeof search !== "string") {
        throw new Error(JSON.stringify(search) + " is not a valid search");
      }
      if (regexp.source.indexOf(search) === -1) {
        throw new Error('"' + search + '" is not is /' + regexp.source + "/");
      }
      if (search === "-" && regexp.source.indexOf(search) !== 1) {
        throw new Error('"' + search + '" is not at the first postion of /' + regexp.source + "/");
      }
      return new RegExp(regexp.source.replace(search, ""), UNICODE_SUPPORT ? "u" : "");
    }
    function reg(args) {
      var self = this;
      return new RegExp(
        Array.prototype.slice.call(arguments).map(function(part) {
          var isStr = typeof part === "string";
          if (isStr && self === void 0 && part === "|") {
            throw new Error("use regg instead of reg to wrap expressions with `|`!");
          }
          return isStr ? part : part.source;
        }).join(""),
        UNICODE_SUPPORT ? "u" : ""
      );
    }
    function regg(args) {
      if (arguments.length === 0) {
        throw new Error("no parameters provided");
      }
      return reg.apply(regg, ["(?:"].concat(Array.prototype.slice.call(arguments), [")"]));
    }
    var UNICODE_REPLACEMENT_CHARACTER = "\uFFFD";
    var Char = /[-\x09\x0A\x0D\x20-\x2C\x2E-\uD7FF\uE000-\uFFFD]/;
    if (UNICODE_SUPPORT) {
      Char = reg("[", chars(Char), "\\u{10000}-\\u{10FFFF}", "]");
    }
    var InvalidChar = new RegExp("[^" + chars(Char) + "]", UNICODE_SUPPORT ? "u" : "");
    var _SChar = /[\x20\x09\x0D\x0A]/;
    var SChar_s = chars(_SChar);
    var S = reg(_SChar, "+");
    var S_OPT = reg(_SChar, "*");
    var NameStartChar = /[:_a-zA-Z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
    if (UNICODE_SUPPORT) {
      NameStartChar = reg("[", chars(NameStartChar), "\\u{10000}-\\u{10FFFF}", "]");
    }
    var NameStartChar_s = chars(NameStartChar);
    var NameChar = reg("[", NameStartChar_s, chars(/[-.0-9\xB7]/), chars(/[\u0300-\u036F\u203F-\u2040]/), "]");
    var Name = reg(NameStartChar, NameChar, "*");
    var Name_exact = reg("^", Name, "$");
    var Nmtoken = reg(NameChar, "+");
    var EntityRef = reg("&", Name, ";");
    var CharRef = regg(/&#[0-9]+;|&#x[0-9a-fA-F]+;/);
    var Reference = regg(EntityRef, "|", CharRef);
    var PEReference = reg("%", Name, ";");
    var EntityValue = regg(
      reg('"', regg(/[^%&"]/, "|", PEReference, "|", Reference), "*", '"'),
      "|",
      reg("'", regg(/[^%&']/, "|", PEReference, "|", Reference), "*", "'")
    );
    var AttValue = regg('"', regg(/[^<&"]/, "|", Reference), "*", '"', "|", "'", regg(/[^<&']/, "|", Reference), "*", "'");
    var NCNameStartChar = chars_without(NameStartChar, ":");
    var NCNameChar = chars_without(NameChar, ":");
    var NCName = reg(NCNameStartChar, NCNameChar, "*");
    var NCName_exact = reg("^", NCName, "$");
    var QName = reg(NCName, regg(":", NCName), "?");
    var QName_exact = reg("^", QName, "$");
    var QName_group = reg("(", QName, ")");
    var SystemLiteral = regg(/"[^"]*"|'[^']*'/);
    var PI = reg(/^<\?/, "(", Name, ")", regg(S, "(?!", _SChar, ")(", Char, "*?)"), "?", /\?>/);
    var PubidChar = /[\x20\x0D\x0Aa-zA-Z0-9-'()+,./:=?;!*#@$_%]/;
    var PubidLiteral = regg('"', PubidChar, '*"', "|", "'", chars_without(PubidChar, "'"), "*'");
    var COMMENT_START = "<!--";
    var COMMENT_END = "-->";
    var Comment = reg(COMMENT_START, regg(chars_without(Char, "-"), "|", reg("-", chars_without(Char, "-"))), "*", COMMENT_END);
    var PCDATA = "#PCDATA";
    var Mixed = regg(
      reg(/\(/, S_OPT, PCDATA, regg(S_OPT, /\|/, S_OPT, QName), "*", S_OPT, /\)\*/),
      "|",
      reg(/\(/, S_OPT, PCDATA, S_OPT, /\)/)
    );
    var _children_quantity = /[?*+]?/;
    var children = reg(
      /\([^>]+\)/,
      _children_quantity
      /*regg(choice, '|', seq), _children_quantity*/
    );
    var contentspec = regg("EMPTY", "|", "ANY", "|", Mixed, "|", children);
    var ELEMENTDECL_START = "<!ELEMENT";
    var elementdecl = reg(ELEMENTDECL_START, S, regg(QName, "|", PEReference), S, regg(contentspec, "|", PEReference), S_OPT, ">");
    var NotationType = reg("NOTATION", S, /\(/, S_OPT, Name, regg(S_OPT, /\|/, S_OPT, Name), "*", S_OPT, /\)/);
    var Enumeration = reg(/\(/, S_OPT, Nmtoken, regg(S_OPT, /\|/, S_OPT, Nmtoken), "*", S_OPT, /\)/);
    var EnumeratedType = regg(NotationType, "|", Enumeration);
    var AttType = regg(/CDATA|ID|IDREF|IDREFS|ENTITY|ENTITIES|NMTOKEN|NMTOKENS/, "|", EnumeratedType);
    var DefaultDecl = regg(/#REQUIRED|#IMPLIED/, "|", regg(regg("#FIXED", S), "?", AttValue));
    var AttDef = regg(S, Name, S, AttType, S, DefaultDecl);
    var ATTLIST_DECL_START = "<!ATTLIST";
    var AttlistDecl = reg(ATTLIST_DECL_START, S, Name, AttDef, "*", S_OPT, ">");
    var ABOUT_LEGACY_COMPAT = "about:legacy-compat";
    var ABOUT_LEGACY_COMPAT_SystemLiteral = regg('"' + ABOUT_LEGACY_COMPAT + '"', "|", "'" + ABOUT_LEGACY_COMPAT + "'");
    var SYSTEM = "SYSTEM";
    var PUBLIC = "PUBLIC";
    var ExternalID = regg(regg(SYSTEM, S, SystemLiteral), "|", regg(PUBLIC, S, PubidLiteral, S, SystemLiteral));
    var ExternalID_match = reg(
      "^",
      regg(
        regg(SYSTEM, S, "(?<SystemLiteralOnly>", SystemLiteral, ")"),
        "|",
        regg(PUBLIC, S, "(?<PubidLiteral>", PubidLiteral, ")", S, "(?<SystemLiteral>", SystemLiteral, ")")
      )
    );
    var PubidLiteral_match = reg("^", PubidLiteral, "$");
    var SystemLiteral_match = reg("^", SystemLiteral, "$");
    var NDataDecl = regg(S, "NDATA", S, Name);
    var EntityDef = regg(EntityValue, "|", regg(ExternalID, NDataDecl, "?"));
    var ENTITY_DECL_START = "<!ENTITY";
    var GEDecl = reg(ENTITY_DECL_START, S, Name, S, EntityDef, S_OPT, ">");
    var PEDef = regg(EntityValue, "|", ExternalID);
    var PEDecl = reg(ENTITY_DECL_START, S, "%", S, Name, S, PEDef, S_OPT, ">");
    var EntityDecl = regg(GEDecl, "|", PEDecl);
    var PublicID = reg(PUBLIC, S, PubidLiteral);
    var NotationDecl = reg("<!NOTATION", S, Name, S, regg(ExternalID, "|", PublicID), S_OPT, ">");
    var Eq = reg(S_OPT, "=", S_OPT);
    var VersionNum = /1[.]\d+/;
    var VersionInfo = reg(S, "version", Eq, regg("'", VersionNum, "'", "|", '"', VersionNum, '"'));
    var EncName = /[A-Za-z][-A-Za-z0-9._]*/;
    var EncodingDecl = regg(S, "encoding", Eq, regg('"', EncName, '"', "|", "'", EncName, "'"));
    var SDDecl = regg(S, "standalone", Eq, regg("'", regg("yes", "|", "no"), "'", "|", '"', regg("yes", "|", "no"), '"'));
    var XMLDecl = reg(/^<\?xml/, VersionInfo, EncodingDecl, "?", SDDecl, "?", S_OPT, /\?>/);
    var DOCTYPE_DECL_START = "<!DOCTYPE";
    var CDATA_START = "<![CDATA[";
    var CDATA_END = "]]>";
    var CDStart = /<!\[CDATA\[/;
    var CDEnd = /\]\]>/;
    var CData = reg(Char, "*?", CDEnd);
    var CDSect = reg(CDStart, CData);
    exports2.chars = chars;
    exports2.chars_without = chars_without;
    exports2.detectUnicodeSupport = detectUnicodeSupport;
    exports2.reg = reg;
    exports2.regg = regg;
    exports2.ABOUT_LEGACY_COMPAT = ABOUT_LEGACY_COMPAT;
    exports2.ABOUT_LEGACY_COMPAT_SystemLiteral = ABOUT_LEGACY_COMPAT_SystemLiteral;
    exports2.AttlistDecl = AttlistDecl;
    exports2.CDATA_START = CDATA_START;
    exports2.CDATA_END = CDATA_END;
    exports2.CDSect = CDSect;
    exports2.Char = Char;
    exports2.Comment = Comment;
    exports2.COMMENT_START = COMMENT_START;
    exports2.COMMENT_END = COMMENT_END;
    exports2.DOCTYPE_DECL_START = DOCTYPE_DECL_START;
    exports2.elementdecl = elementdecl;
    exports2.EntityDecl = EntityDecl;
    exports2.EntityValue = EntityValue;
    exports2.ExternalID = ExternalID;
    exports2.ExternalID_match = ExternalID_match;
    exports2.Name = Name;
    exports2.Name_exact = Name_exact;
    exports2.NCName_exact = NCName_exact;
    exports2.NotationDecl = NotationDecl;
    exports2.Reference = Reference;
    exports2.PEReference = PEReference;
    exports2.PI = PI;
    exports2.PUBLIC = PUBLIC;
    exports2.PubidLiteral = PubidLiteral;
    exports2.PubidLiteral_match = PubidLiteral_match;
    exports2.QName = QName;
    exports2.QName_exact = QName_exact;
    exports2.QName_group = QName_group;
    exports2.S = S;
    exports2.SChar_s = SChar_s;
    exports2.S_OPT = S_OPT;
    exports2.SYSTEM = SYSTEM;
    exports2.SystemLiteral = SystemLiteral;
    exports2.SystemLiteral_match = SystemLiteral_match;
    exports2.InvalidChar = InvalidChar;
    exports2.UNICODE_REPLACEMENT_CHARACTER = UNICODE_REPLACEMENT_CHARACTER;
    exports2.UNICODE_SUPPORT = UNICODE_SUPPORT;
    exports2.XMLDecl = XMLDecl;
  }
});

// node_modules/@xmldom/xmldom/lib/dom.js
var require_dom = __commonJS({
  "node_modules/@xmldom/xmldom/lib/dom.js"(exports2) {
    "use strict";
    var conventions = require_conventions();
    var find = conventions.find;
    var hasDefaultHTMLNamespace = conventions.hasDefaultHTMLNamespace;
    var hasOwn = conventions.hasOwn;
    var isHTMLMimeType = conventions.isHTMLMimeType;
    var isHTMLRawTextElement = conventions.isHTMLRawTextElement;
    var isHTMLVoidElement = conventions.isHTMLVoidElement;
    var MIME_TYPE = conventions.MIME_TYPE;
    var NAMESPACE = conventions.NAMESPACE;
    var PDC = Symbol();
    var errors = require_errors();
    var DOMException = errors.DOMException;
    var DOMExceptionName = errors.DOMExceptionName;
    var g = require_grammar();
    function checkSymbol(symbol) {
      if (symbol !== PDC) {
        throw new TypeError("Illegal constructor");
      }
    }
    function notEmptyString(input) {
      return input !== "";
    }
    function splitOnASCIIWhitespace(input) {
      return input ? input.split(/[\t\n\f\r ]+/).filter(notEmptyString) : [];
    }
    function orderedSetReducer(current, element) {
      if (!hasOwn(current, element)) {
        current[element] = true;
      }
      return current;
    }
    function toOrderedSet(input) {
      if (!input) return [];
      var list = splitOnASCIIWhitespace(input);
      return Object.keys(list.reduce(orderedSetReducer, {}));
    }
    function arrayIncludes(list) {
      return function(element) {
        return list && list.indexOf(element) !== -1;
      };
    }
    function validateQualifiedName(qualifiedName) {
      if (!g.QName_exact.test(qualifiedName)) {
        throw new DOMException(DOMException.INVALID_CHARACTER_ERR, 'invalid character in qualified name "' + qualifiedName + '"');
      }
    }
    function validateAndExtract(namespace, qualifiedName) {
      validateQualifiedName(qualifiedName);
      namespace = namespace || null;
      var prefix = null;
      var localName = qualifiedName;
      if (qualifiedName.indexOf(":") >= 0) {
        var splitResult = qualifiedName.split(":");
        prefix = splitResult[0];
        localName = splitResult[1];
      }
      if (prefix !== null && namespace === null) {
        throw new DOMException(DOMException.NAMESPACE_ERR, "prefix is non-null and namespace is null");
      }
      if (prefix === "xml" && namespace !== conventions.NAMESPACE.XML) {
        throw new DOMException(DOMException.NAMESPACE_ERR, 'prefix is "xml" and namespace is not the XML namespace');
      }
      if ((prefix === "xmlns" || qualifiedName === "xmlns") && namespace !== conventions.NAMESPACE.XMLNS) {
        throw new DOMException(
          DOMException.NAMESPACE_ERR,
          'either qualifiedName or prefix is "xmlns" and namespace is not the XMLNS namespace'
        );
      }
      if (namespace === conventions.NAMESPACE.XMLNS && prefix !== "xmlns" && qualifiedName !== "xmlns") {
        throw new DOMException(
          DOMException.NAMESPACE_ERR,
          'namespace is the XMLNS namespace and neither qualifiedName nor prefix is "xmlns"'
        );
      }
      return [namespace, prefix, localName];
    }
    function copy(src, dest) {
      for (var p in src) {
        if (hasOwn(src, p)) {
          dest[p] = src[p];
        }
      }
    }
    function _extends(Class, Super) {
      var pt = Class.prototype;
      if (!(pt instanceof Super)) {
        let t = function() {
        };
        t.prototype = Super.prototype;
        t = new t();
        copy(pt, t);
        Class.prototype = pt = t;
      }
      if (pt.constructor != Class) {
        if (typeof Class != "function") {
          console.error("unknown Class:" + Class);
        }
        pt.constructor = Class;
      }
    }
    var NodeType = {};
    var ELEMENT_NODE = NodeType.ELEMENT_NODE = 1;
    var ATTRIBUTE_NODE = NodeType.ATTRIBUTE_NODE = 2;
    var TEXT_NODE = NodeType.TEXT_NODE = 3;
    var CDATA_SECTION_NODE = NodeType.CDATA_SECTION_NODE = 4;
    var ENTITY_REFERENCE_NODE = NodeType.ENTITY_REFERENCE_NODE = 5;
    var ENTITY_NODE = NodeType.ENTITY_NODE = 6;
    var PROCESSING_INSTRUCTION_NODE = NodeType.PROCESSING_INSTRUCTION_NODE = 7;
    var COMMENT_NODE = NodeType.COMMENT_NODE = 8;
    var DOCUMENT_NODE = NodeType.DOCUMENT_NODE = 9;
    var DOCUMENT_TYPE_NODE = NodeType.DOCUMENT_TYPE_NODE = 10;
    var DOCUMENT_FRAGMENT_NODE = NodeType.DOCUMENT_FRAGMENT_NODE = 11;
    var NOTATION_NODE = NodeType.NOTATION_NODE = 12;
    var DocumentPosition = conventions.freeze({
      DOCUMENT_POSITION_DISCONNECTED: 1,
      DOCUMENT_POSITION_PRECEDING: 2,
      DOCUMENT_POSITION_FOLLOWING: 4,
      DOCUMENT_POSITION_CONTAINS: 8,
      DOCUMENT_POSITION_CONTAINED_BY: 16,
      DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC: 32
    });
    function commonAncestor(a, b) {
      if (b.length < a.length) return commonAncestor(b, a);
      var c = null;
      for (var n in a) {
        if (a[n] !== b[n]) return c;
        c = a[n];
      }
      return c;
    }
    function docGUID(doc) {
      if (!doc.guid) doc.guid = Math.random();
      return doc.guid;
    }
    function NodeList() {
    }
    NodeList.prototype = {
      /**
       * The number of nodes in the list. The range of valid child node indices is 0 to length-1
       * inclusive.
       *
       * @type {number}
       */
      length: 0,
      /**
       * Returns the item at `index`. If index is greater than or equal to the number of nodes in
       * the list, this returns null.
       *
       * @param index
       * Unsigned long Index into the collection.
       * @returns {Node | null}
       * The node at position `index` in the NodeList,
       * or null if that is not a valid index.
       */
      item: function(index) {
        return index >= 0 && index < this.length ? this[index] : null;
      },
      /**
       * Returns a string representation of the NodeList.
       *
       * Accepts the same `options` object as `XMLSerializer.prototype.serializeToString`
       * (`requireWellFormed`, `splitCDATASections`, `nodeFilter`). Passing a function is treated as
       * a legacy `nodeFilter` for backward compatibility.
       *
       * @param {Object | function} [options]
       * @param {boolean} [options.requireWellFormed=false]
       * @param {boolean} [options.splitCDATASections=true]
       * @param {function} [options.nodeFilter]
       * @returns {string}
       */
      toString: function(options) {
        var opts;
        if (typeof options === "function") {
          opts = { requireWellFormed: false, splitCDATASections: true, nodeFilter: options };
        } else if (!!options) {
          opts = {
            requireWellFormed: !!options.requireWellFormed,
            splitCDATASections: options.splitCDATASections !== false,
            nodeFilter: options.nodeFilter || null
          };
        } else {
          opts = { requireWellFormed: false, splitCDATASections: true, nodeFilter: null };
        }
        for (var buf = [], i = 0; i < this.length; i++) {
          serializeToString(this[i], buf, null, opts);
        }
        return buf.join("");
      },
      /**
       * Filters the NodeList based on a predicate.
       *
       * @param {function(Node): boolean} predicate
       * - A predicate function to filter the NodeList.
       * @returns {Node[]}
       * An array of nodes that satisfy the predicate.
       * @private
       */
      filter: function(predicate) {
        return Array.prototype.filter.call(this, predicate);
      },
      /**
       * Returns the first index at which a given node can be found in the NodeList, or -1 if it is
       * not present.
       *
       * @param {Node} item
       * - The Node item to locate in the NodeList.
       * @returns {number}
       * The first index of the node in the NodeList; -1 if not found.
       * @private
       */
      indexOf: function(item) {
        return Array.prototype.indexOf.call(this, item);
      }
    };
    NodeList.prototype[Symbol.iterator] = function() {
      var me = this;
      var index = 0;
      return {
        next: function() {
          if (index < me.length) {
            return {
              value: me[index++],
              done: false
            };
          } else {
            return {
              done: true
            };
          }
        },
        return: function() {
          return {
            done: true
          };
        }
      };
    };
    function LiveNodeList(node, refresh) {
      this._node = node;
      this._refresh = refresh;
      _updateLiveList(this);
    }
    function _updateLiveList(list) {
      var inc = list._node._inc || list._node.ownerDocument._inc;
      if (list._inc !== inc) {
        var ls = list._refresh(list._node);
        __set__(list, "length", ls.length);
        if (!list.$$length || ls.length < list.$$length) {
          for (var i = ls.length; i in list; i++) {
            if (hasOwn(list, i)) {
              delete list[i];
            }
          }
        }
        copy(ls, list);
        list._inc = inc;
      }
    }
    LiveNodeList.prototype.item = function(i) {
      _updateLiveList(this);
      return this[i] || null;
    };
    _extends(LiveNodeList, NodeList);
    function NamedNodeMap() {
      this._nsIndex = /* @__PURE__ */ Object.create(null);
      this._noNsIndex = /* @__PURE__ */ Object.create(null);
    }
    function _findNodeIndex(list, node) {
      var i = 0;
      while (i < list.length) {
        if (list[i] === node) {
          return i;
        }
        i++;
      }
    }
    function _nnmBucket(map, namespaceURI, create) {
      if (!namespaceURI) {
        return map._noNsIndex;
      }
      var bucket = map._nsIndex[namespaceURI];
      if (!bucket && create) {
        bucket = map._nsIndex[namespaceURI] = /* @__PURE__ */ Object.create(null);
      }
      return bucket;
    }
    function _nnmIndexFind(map, namespaceURI, localName) {
      var bucket = _nnmBucket(map, namespaceURI, false);
      var found = bucket && bucket[localName];
      return found ? found : null;
    }
    function _nnmIndexAdd(map, attr) {
      _nnmBucket(map, attr.namespaceURI, true)[attr.localName] = attr;
    }
    function _nnmIndexRemove(map, attr) {
      var bucket = _nnmBucket(map, attr.namespaceURI, false);
      if (bucket) {
        delete bucket[attr.localName];
      }
    }
    function _addNamedNode(el, list, newAttr, oldAttr) {
      if (oldAttr) {
        list[_findNodeIndex(list, oldAttr)] = newAttr;
      } else {
        list[list.length] = newAttr;
        list.length++;
      }
      _nnmIndexAdd(list, newAttr);
      if (el) {
        newAttr.ownerElement = el;
        var doc = el.ownerDocument;
        if (doc) {
          oldAttr && _onRemoveAttribute(doc, el, oldAttr);
          _onAddAttribute(doc, el, newAttr);
        }
      }
    }
    function _removeNamedNode(el, list, attr) {
      var i = _findNodeIndex(list, attr);
      if (i >= 0) {
        var lastIndex = list.length - 1;
        while (i <= lastIndex) {
          list[i] = list[++i];
        }
        list.length = lastIndex;
        _nnmIndexRemove(list, attr);
        if (el) {
          var doc = el.ownerDocument;
          if (doc) {
            _onRemoveAttribute(doc, el, attr);
          }
          attr.ownerElement = null;
        }
      }
    }
    NamedNodeMap.prototype = {
      length: 0,
      item: NodeList.prototype.item,
      /**
       * Get an attribute by name. Note: Name is in lower case in case of HTML namespace and
       * document.
       *
       * @param {string} localName
       * The local name of the attribute.
       * @returns {Attr | null}
       * The attribute with the given local name, or null if no such attribute exists.
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-get-by-name
       */
      getNamedItem: function(localName) {
        if (this._ownerElement && this._ownerElement._isInHTMLDocumentAndNamespace()) {
          localName = localName.toLowerCase();
        }
        var i = 0;
        while (i < this.length) {
          var attr = this[i];
          if (attr.nodeName === localName) {
            return attr;
          }
          i++;
        }
        return null;
      },
      /**
       * Set an attribute.
       *
       * @param {Attr} attr
       * The attribute to set.
       * @returns {Attr | null}
       * The old attribute with the same local name and namespace URI as the new one, or null if no
       * such attribute exists.
       * @throws {DOMException}
       * With code:
       * - {@link INUSE_ATTRIBUTE_ERR} - If the attribute is already an attribute of another
       * element.
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-set
       */
      setNamedItem: function(attr) {
        var el = attr.ownerElement;
        if (el && el !== this._ownerElement) {
          throw new DOMException(DOMException.INUSE_ATTRIBUTE_ERR);
        }
        var oldAttr = _nnmIndexFind(this, attr.namespaceURI, attr.localName);
        if (oldAttr === attr) {
          return attr;
        }
        _addNamedNode(this._ownerElement, this, attr, oldAttr);
        return oldAttr;
      },
      /**
       * Set an attribute, replacing an existing attribute with the same local name and namespace
       * URI if one exists.
       *
       * @param {Attr} attr
       * The attribute to set.
       * @returns {Attr | null}
       * The old attribute with the same local name and namespace URI as the new one, or null if no
       * such attribute exists.
       * @throws {DOMException}
       * Throws a DOMException with the name "InUseAttributeError" if the attribute is already an
       * attribute of another element.
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-set
       */
      setNamedItemNS: function(attr) {
        return this.setNamedItem(attr);
      },
      /**
       * Removes an attribute specified by the local name.
       *
       * @param {string} localName
       * The local name of the attribute to be removed.
       * @returns {Attr}
       * The attribute node that was removed.
       * @throws {DOMException}
       * With code:
       * - {@link DOMException.NOT_FOUND_ERR} if no attribute with the given name is found.
       * @see https://dom.spec.whatwg.org/#dom-namednodemap-removenameditem
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-remove-by-name
       */
      removeNamedItem: function(localName) {
        var attr = this.getNamedItem(localName);
        if (!attr) {
          throw new DOMException(DOMException.NOT_FOUND_ERR, localName);
        }
        _removeNamedNode(this._ownerElement, this, attr);
        return attr;
      },
      /**
       * Removes an attribute specified by the namespace and local name.
       *
       * @param {string | null} namespaceURI
       * The namespace URI of the attribute to be removed.
       * @param {string} localName
       * The local name of the attribute to be removed.
       * @returns {Attr}
       * The attribute node that was removed.
       * @throws {DOMException}
       * With code:
       * - {@link DOMException.NOT_FOUND_ERR} if no attribute with the given namespace URI and local
       * name is found.
       * @see https://dom.spec.whatwg.org/#dom-namednodemap-removenameditemns
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-remove-by-namespace
       */
      removeNamedItemNS: function(namespaceURI, localName) {
        var attr = this.getNamedItemNS(namespaceURI, localName);
        if (!attr) {
          throw new DOMException(DOMException.NOT_FOUND_ERR, namespaceURI ? namespaceURI + " : " + localName : localName);
        }
        _removeNamedNode(this._ownerElement, this, attr);
        return attr;
      },
      /**
       * Get an attribute by namespace and local name.
       *
       * @param {string | null} namespaceURI
       * The namespace URI of the attribute.
       * @param {string} localName
       * The local name of the attribute.
       * @returns {Attr | null}
       * The attribute with the given namespace URI and local name, or null if no such attribute
       * exists.
       * @see https://dom.spec.whatwg.org/#concept-element-attributes-get-by-namespace
       */
      getNamedItemNS: function(namespaceURI, localName) {
        if (!namespaceURI) {
          namespaceURI = null;
        }
        var i = 0;
        while (i < this.length) {
          var node = this[i];
          if (node.localName === localName && node.namespaceURI === namespaceURI) {
            return node;
          }
          i++;
        }
        return null;
      }
    };
    NamedNodeMap.prototype[Symbol.iterator] = function() {
      var me = this;
      var index = 0;
      return {
        next: function() {
          if (index < me.length) {
            return {
              value: me[index++],
              done: false
            };
          } else {
            return {
              done: true
            };
          }
        },
        return: function() {
          return {
            done: true
          };
        }
      };
    };
    function DOMImplementation() {
    }
    DOMImplementation.prototype = {
      /**
       * Test if the DOM implementation implements a specific feature and version, as specified in
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/core.html#DOMFeatures DOM Features}.
       *
       * The DOMImplementation.hasFeature() method returns a Boolean flag indicating if a given
       * feature is supported. The different implementations fairly diverged in what kind of
       * features were reported. The latest version of the spec settled to force this method to
       * always return true, where the functionality was accurate and in use.
       *
       * @deprecated
       * It is deprecated and modern browsers return true in all cases.
       * @function DOMImplementation#hasFeature
       * @param {string} feature
       * The name of the feature to test.
       * @param {string} [version]
       * This is the version number of the feature to test.
       * @returns {boolean}
       * Always returns true.
       * @see https://developer.mozilla.org/en-US/docs/Web/API/DOMImplementation/hasFeature MDN
       * @see https://www.w3.org/TR/REC-DOM-Level-1/level-one-core.html#ID-5CED94D7 DOM Level 1 Core
       * @see https://dom.spec.whatwg.org/#dom-domimplementation-hasfeature DOM Living Standard
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#ID-5CED94D7 DOM Level 3 Core
       */
      hasFeature: function(feature, version) {
        return true;
      },
      /**
       * Creates a DOM Document object of the specified type with its document element. Note that
       * based on the {@link DocumentType}
       * given to create the document, the implementation may instantiate specialized
       * {@link Document} objects that support additional features than the "Core", such as "HTML"
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#DOM2HTML DOM Level 2 HTML}.
       * On the other hand, setting the {@link DocumentType} after the document was created makes
       * this very unlikely to happen. Alternatively, specialized {@link Document} creation methods,
       * such as createHTMLDocument
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#DOM2HTML DOM Level 2 HTML},
       * can be used to obtain specific types of {@link Document} objects.
       *
       * __It behaves slightly different from the description in the living standard__:
       * - There is no interface/class `XMLDocument`, it returns a `Document`
       * instance (with it's `type` set to `'xml'`).
       * - `encoding`, `mode`, `origin`, `url` fields are currently not declared.
       *
       * @function DOMImplementation.createDocument
       * @param {string | null} namespaceURI
       * The
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/glossary.html#dt-namespaceURI namespace URI}
       * of the document element to create or null.
       * @param {string | null} qualifiedName
       * The
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/glossary.html#dt-qualifiedname qualified name}
       * of the document element to be created or null.
       * @param {DocumentType | null} [doctype=null]
       * The type of document to be created or null. When doctype is not null, its
       * {@link Node#ownerDocument} attribute is set to the document being created. Default is
       * `null`
       * @returns {Document}
       * A new {@link Document} object with its document element. If the NamespaceURI,
       * qualifiedName, and doctype are null, the returned {@link Document} is empty with no
       * document element.
       * @throws {DOMException}
       * With code:
       *
       * - `INVALID_CHARACTER_ERR`: Raised if the specified qualified name is not an XML name
       * according to {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#XML XML 1.0}.
       * - `NAMESPACE_ERR`: Raised if the qualifiedName is malformed, if the qualifiedName has a
       * prefix and the namespaceURI is null, or if the qualifiedName is null and the namespaceURI
       * is different from null, or if the qualifiedName has a prefix that is "xml" and the
       * namespaceURI is different from "{@link http://www.w3.org/XML/1998/namespace}"
       * {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#Namespaces XML Namespaces},
       * or if the DOM implementation does not support the "XML" feature but a non-null namespace
       * URI was provided, since namespaces were defined by XML.
       * - `WRONG_DOCUMENT_ERR`: Raised if doctype has already been used with a different document
       * or was created from a different implementation.
       * - `NOT_SUPPORTED_ERR`: May be raised if the implementation does not support the feature
       * "XML" and the language exposed through the Document does not support XML Namespaces (such
       * as {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#HTML40 HTML 4.01}).
       * @since DOM Level 2.
       * @see {@link #createHTMLDocument}
       * @see https://developer.mozilla.org/en-US/docs/Web/API/DOMImplementation/createDocument MDN
       * @see https://dom.spec.whatwg.org/#dom-domimplementation-createdocument DOM Living Standard
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#Level-2-Core-DOM-createDocument DOM
       *      Level 3 Core
       * @see https://www.w3.org/TR/DOM-Level-2-Core/core.html#Level-2-Core-DOM-createDocument DOM
       *      Level 2 Core (initial)
       */
      createDocument: function(namespaceURI, qualifiedName, doctype) {
        var contentType = MIME_TYPE.XML_APPLICATION;
        if (namespaceURI === NAMESPACE.HTML) {
          contentType = MIME_TYPE.XML_XHTML_APPLICATION;
        } else if (namespaceURI === NAMESPACE.SVG) {
          contentType = MIME_TYPE.XML_SVG_IMAGE;
        }
        var doc = new Document(PDC, { contentType });
        doc.implementation = this;
        doc.childNodes = new NodeList();
        doc.doctype = doctype || null;
        if (doctype) {
          doc.appendChild(doctype);
        }
        if (qualifiedName) {
          var root = doc.createElementNS(namespaceURI, qualifiedName);
          doc.appendChild(root);
        }
        return doc;
      },
      /**
       * Creates an empty DocumentType node. Entity declarations and notations are not made
       * available. Entity reference expansions and default attribute additions do not occur.
       *
       * **This behavior is slightly different from the one in the specs**:
       * - `encoding`, `mode`, `origin`, `url` fields are currently not declared.
       * - `publicId` and `systemId` contain the raw data including any possible quotes,
       *   so they can always be serialized back to the original value
       * - `internalSubset` contains the raw string between `[` and `]` if present,
       *   but is not parsed or validated in any form.
       *
       * @function DOMImplementation#createDocumentType
       * @param {string} qualifiedName
       * The {@link https://www.w3.org/TR/DOM-Level-3-Core/glossary.html#dt-qualifiedname qualified
       * name} of the document type to be created.
       * @param {string} [publicId]
       * The external subset public identifier. Stored verbatim including surrounding quotes.
       * When serialized with `requireWellFormed: true`, the serializer throws `InvalidStateError`
       * if the value is non-empty and does not match the XML `PubidLiteral` production
       * (W3C DOM Parsing §3.2.1.3; XML 1.0 production [12]). Creation-time validation is not
       * enforced — deferred to a future breaking release.
       * @param {string} [systemId]
       * The external subset system identifier. Stored verbatim including surrounding quotes.
       * When serialized with `requireWellFormed: true`, the serializer throws `InvalidStateError`
       * if the value is non-empty and does not match the XML `SystemLiteral` production
       * (W3C DOM Parsing §3.2.1.3; XML 1.0 production [11]). Creation-time validation is not
       * enforced — deferred to a future breaking release.
       * @param {string} [internalSubset]
       * The internal subset or an empty string if it is not present. Stored verbatim.
       * When serialized with `requireWellFormed: true`, the serializer throws `InvalidStateError`
       * if the value contains `"]>"`. Creation-time validation is not enforced.
       * @returns {DocumentType}
       * A new {@link DocumentType} node with {@link Node#ownerDocument} set to null.
       * @throws {DOMException}
       * With code:
       *
       * - `INVALID_CHARACTER_ERR`: Raised if the specified qualified name is not an XML name
       * according to {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#XML XML 1.0}.
       * - `NAMESPACE_ERR`: Raised if the qualifiedName is malformed.
       * - `NOT_SUPPORTED_ERR`: May be raised if the implementation does not support the feature
       * "XML" and the language exposed through the Document does not support XML Namespaces (such
       * as {@link https://www.w3.org/TR/DOM-Level-3-Core/references.html#HTML40 HTML 4.01}).
       * @since DOM Level 2.
       * @see https://developer.mozilla.org/en-US/docs/Web/API/DOMImplementation/createDocumentType
       *      MDN
       * @see https://dom.spec.whatwg.org/#dom-domimplementation-createdocumenttype DOM Living
       *      Standard
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#Level-3-Core-DOM-createDocType DOM
       *      Level 3 Core
       * @see https://www.w3.org/TR/DOM-Level-2-Core/core.html#Level-2-Core-DOM-createDocType DOM
       *      Level 2 Core
       * @see https://github.com/xmldom/xmldom/blob/master/CHANGELOG.md#050
       * @see https://www.w3.org/TR/DOM-Level-2-Core/#core-ID-Core-DocType-internalSubset
       * @prettierignore
       */
      createDocumentType: function(qualifiedName, publicId, systemId, internalSubset) {
        validateQualifiedName(qualifiedName);
        var node = new DocumentType(PDC);
        node.name = qualifiedName;
        node.nodeName = qualifiedName;
        node.publicId = publicId || "";
        node.systemId = systemId || "";
        node.internalSubset = internalSubset || "";
        node.childNodes = new NodeList();
        return node;
      },
      /**
       * Returns an HTML document, that might already have a basic DOM structure.
       *
       * __It behaves slightly different from the description in the living standard__:
       * - If the first argument is `false` no initial nodes are added (steps 3-7 in the specs are
       * omitted)
       * - `encoding`, `mode`, `origin`, `url` fields are currently not declared.
       *
       * @param {string | false} [title]
       * A string containing the title to give the new HTML document.
       * @returns {Document}
       * The HTML document.
       * @since WHATWG Living Standard.
       * @see {@link #createDocument}
       * @see https://dom.spec.whatwg.org/#dom-domimplementation-createhtmldocument
       * @see https://dom.spec.whatwg.org/#html-document
       */
      createHTMLDocument: function(title) {
        var doc = new Document(PDC, { contentType: MIME_TYPE.HTML });
        doc.implementation = this;
        doc.childNodes = new NodeList();
        if (title !== false) {
          doc.doctype = this.createDocumentType("html");
          doc.doctype.ownerDocument = doc;
          doc.appendChild(doc.doctype);
          var htmlNode = doc.createElement("html");
          doc.appendChild(htmlNode);
          var headNode = doc.createElement("head");
          htmlNode.appendChild(headNode);
          if (typeof title === "string") {
            var titleNode = doc.createElement("title");
            titleNode.appendChild(doc.createTextNode(title));
            headNode.appendChild(titleNode);
          }
          htmlNode.appendChild(doc.createElement("body"));
        }
        return doc;
      }
    };
    function Node(symbol) {
      checkSymbol(symbol);
    }
    Node.prototype = {
      /**
       * The first child of this node.
       *
       * @type {Node | null}
       */
      firstChild: null,
      /**
       * The last child of this node.
       *
       * @type {Node | null}
       */
      lastChild: null,
      /**
       * The previous sibling of this node.
       *
       * @type {Node | null}
       */
      previousSibling: null,
      /**
       * The next sibling of this node.
       *
       * @type {Node | null}
       */
      nextSibling: null,
      /**
       * The parent node of this node.
       *
       * @type {Node | null}
       */
      parentNode: null,
      /**
       * The parent element of this node.
       *
       * @type {Element | null}
       */
      get parentElement() {
        return this.parentNode && this.parentNode.nodeType === this.ELEMENT_NODE ? this.parentNode : null;
      },
      /**
       * The child nodes of this node.
       *
       * @type {NodeList}
       */
      childNodes: null,
      /**
       * The document object associated with this node.
       *
       * @type {Document | null}
       */
      ownerDocument: null,
      /**
       * The value of this node.
       *
       * @type {string | null}
       */
      nodeValue: null,
      /**
       * The namespace URI of this node.
       *
       * @type {string | null}
       */
      namespaceURI: null,
      /**
       * The prefix of the namespace for this node.
       *
       * @type {string | null}
       */
      prefix: null,
      /**
       * The local part of the qualified name of this node.
       *
       * @type {string | null}
       */
      localName: null,
      /**
       * The baseURI is currently always `about:blank`,
       * since that's what happens when you create a document from scratch.
       *
       * @type {'about:blank'}
       */
      baseURI: "about:blank",
      /**
       * Is true if this node is part of a document.
       *
       * @type {boolean}
       */
      get isConnected() {
        var rootNode = this.getRootNode();
        return rootNode && rootNode.nodeType === rootNode.DOCUMENT_NODE;
      },
      /**
       * Checks whether `other` is an inclusive descendant of this node.
       *
       * @param {Node | null | undefined} other
       * The node to check.
       * @returns {boolean}
       * True if `other` is an inclusive descendant of this node; false otherwise.
       * @see https://dom.spec.whatwg.org/#dom-node-contains
       */
      contains: function(other) {
        if (!other) return false;
        var parent = other;
        do {
          if (this === parent) return true;
          parent = parent.parentNode;
        } while (parent);
        return false;
      },
      /**
       * @typedef GetRootNodeOptions
       * @property {boolean} [composed=false]
       */
      /**
       * Searches for the root node of this node.
       *
       * **This behavior is slightly different from the in the specs**:
       * - ignores `options.composed`, since `ShadowRoot`s are unsupported, always returns root.
       *
       * @param {GetRootNodeOptions} [options]
       * @returns {Node}
       * Root node.
       * @see https://dom.spec.whatwg.org/#dom-node-getrootnode
       * @see https://dom.spec.whatwg.org/#concept-shadow-including-root
       */
      getRootNode: function(options) {
        var parent = this;
        do {
          if (!parent.parentNode) {
            return parent;
          }
          parent = parent.parentNode;
        } while (parent);
      },
      /**
       * Checks whether the given node is equal to this node.
       *
       * Two nodes are equal when they have the same type, defining characteristics (for the type),
       * and the same childNodes. The comparison is iterative to avoid stack overflows on
       * deeply-nested trees. Attribute nodes of each Element pair are also pushed onto the stack
       * and compared the same way.
       *
       * @param {Node} [otherNode]
       * @returns {boolean}
       * @see https://dom.spec.whatwg.org/#concept-node-equals
       * @see ../docs/walk-dom.md.
       */
      isEqualNode: function(otherNode) {
        if (!otherNode) return false;
        var stack = [{ node: this, other: otherNode }];
        while (stack.length > 0) {
          var pair = stack.pop();
          var node = pair.node;
          var other = pair.other;
          if (node.nodeType !== other.nodeType) return false;
          switch (node.nodeType) {
            case node.DOCUMENT_TYPE_NODE:
              if (node.name !== other.name) return false;
              if (node.publicId !== other.publicId) return false;
              if (node.systemId !== other.systemId) return false;
              break;
            case node.ELEMENT_NODE:
              if (node.namespaceURI !== other.namespaceURI) return false;
              if (node.prefix !== other.prefix) return false;
              if (node.localName !== other.localName) return false;
              if (node.attributes.length !== other.attributes.length) return false;
              for (var i = 0; i < node.attributes.length; i++) {
                var attr = node.attributes.item(i);
                var otherAttr = other.getAttributeNodeNS(attr.namespaceURI, attr.localName);
                if (!otherAttr) return false;
                stack.push({ node: attr, other: otherAttr });
              }
              break;
            case node.ATTRIBUTE_NODE:
              if (node.namespaceURI !== other.namespaceURI) return false;
              if (node.localName !== other.localName) return false;
              if (node.value !== other.value) return false;
              break;
            case node.PROCESSING_INSTRUCTION_NODE:
              if (node.target !== other.target || node.data !== other.data) return false;
              break;
            case node.TEXT_NODE:
            case node.CDATA_SECTION_NODE:
            case node.COMMENT_NODE:
              if (node.data !== other.data) return false;
              break;
          }
          if (node.childNodes.length !== other.childNodes.length) return false;
          for (var i = node.childNodes.length - 1; i >= 0; i--) {
            stack.push({ node: node.childNodes[i], other: other.childNodes[i] });
          }
        }
        return true;
      },
      /**
       * Checks whether or not the given node is this node.
       *
       * @param {Node} [otherNode]
       */
      isSameNode: function(otherNode) {
        return this === otherNode;
      },
      /**
       * Inserts a node before a reference node as a child of this node.
       *
       * @param {Node} newChild
       * The new child node to be inserted.
       * @param {Node | null} refChild
       * The reference node before which newChild will be inserted.
       * @returns {Node}
       * The new child node successfully inserted.
       * @throws {DOMException}
       * Throws a DOMException if inserting the node would result in a DOM tree that is not
       * well-formed, or if `child` is provided but is not a child of `parent`.
       * See {@link _insertBefore} for more details.
       * @since Modified in DOM L2
       */
      insertBefore: function(newChild, refChild) {
        return _insertBefore(this, newChild, refChild);
      },
      /**
       * Replaces an old child node with a new child node within this node.
       *
       * @param {Node} newChild
       * The new node that is to replace the old node.
       * If it already exists in the DOM, it is removed from its original position.
       * @param {Node} oldChild
       * The existing child node to be replaced.
       * @returns {Node}
       * Returns the replaced child node.
       * @throws {DOMException}
       * Throws a DOMException if replacing the node would result in a DOM tree that is not
       * well-formed, or if `oldChild` is not a child of `this`.
       * This can also occur if the pre-replacement validity assertion fails.
       * See {@link _insertBefore}, {@link Node.removeChild}, and
       * {@link assertPreReplacementValidityInDocument} for more details.
       * @see https://dom.spec.whatwg.org/#concept-node-replace
       */
      replaceChild: function(newChild, oldChild) {
        _insertBefore(this, newChild, oldChild, assertPreReplacementValidityInDocument);
        if (oldChild) {
          this.removeChild(oldChild);
        }
      },
      /**
       * Removes an existing child node from this node.
       *
       * @param {Node} oldChild
       * The child node to be removed.
       * @returns {Node}
       * Returns the removed child node.
       * @throws {DOMException}
       * Throws a DOMException if `oldChild` is not a child of `this`.
       * See {@link _removeChild} for more details.
       */
      removeChild: function(oldChild) {
        return _removeChild(this, oldChild);
      },
      /**
       * Appends a child node to this node.
       *
       * @param {Node} newChild
       * The child node to be appended to this node.
       * If it already exists in the DOM, it is removed from its original position.
       * @returns {Node}
       * Returns the appended child node.
       * @throws {DOMException}
       * Throws a DOMException if appending the node would result in a DOM tree that is not
       * well-formed, or if `newChild` is not a valid Node.
       * See {@link insertBefore} for more details.
       */
      appendChild: function(newChild) {
        return this.insertBefore(newChild, null);
      },
      /**
       * Determines whether this node has any child nodes.
       *
       * @returns {boolean}
       * Returns true if this node has any child nodes, and false otherwise.
       */
      hasChildNodes: function() {
        return this.firstChild != null;
      },
      /**
       * Creates a copy of the calling node.
       *
       * @param {boolean} deep
       * If true, the contents of the node are recursively copied.
       * If false, only the node itself (and its attributes, if it is an element) are copied.
       * @returns {Node}
       * Returns the newly created copy of the node.
       * @throws {DOMException}
       * May throw a DOMException if operations within {@link Element#setAttributeNode} or
       * {@link Node#appendChild} (which are potentially invoked in this method) do not meet their
       * specific constraints.
       * @see {@link cloneNode}
       */
      cloneNode: function(deep) {
        return cloneNode(this.ownerDocument || this, this, deep);
      },
      /**
       * Puts the specified node and all of its subtree into a "normalized" form. In a normalized
       * subtree, no text nodes in the subtree are empty and there are no adjacent text nodes.
       *
       * Specifically, this method merges any adjacent text nodes (i.e., nodes for which `nodeType`
       * is `TEXT_NODE`) into a single node with the combined data. It also removes any empty text
       * nodes.
       *
       * This method iterativly traverses all child nodes to normalize all descendent nodes within
       * the subtree.
       *
       * @throws {DOMException}
       * May throw a DOMException if operations within removeChild or appendData (which are
       * potentially invoked in this method) do not meet their specific constraints.
       * @since Modified in DOM Level 2
       * @see {@link Node.removeChild}
       * @see {@link CharacterData.appendData}
       * @see ../docs/walk-dom.md.
       */
      normalize: function() {
        walkDOM(this, null, {
          enter: function(node) {
            var child = node.firstChild;
            while (child) {
              var next = child.nextSibling;
              if (next !== null && next.nodeType === TEXT_NODE && child.nodeType === TEXT_NODE) {
                var tail = [];
                var sibling = next;
                while (sibling !== null && sibling.nodeType === TEXT_NODE) {
                  tail.push(sibling.data);
                  sibling = sibling.nextSibling;
                }
                var removed = child.nextSibling;
                while (removed !== sibling) {
                  var following = removed.nextSibling;
                  removed.parentNode = null;
                  removed.previousSibling = null;
                  removed.nextSibling = null;
                  removed = following;
                }
                child.nextSibling = sibling;
                if (sibling !== null) {
                  sibling.previousSibling = child;
                } else {
                  node.lastChild = child;
                }
                child.appendData(tail.join(""));
                _onUpdateChild(node.ownerDocument, node);
                child = sibling;
              } else {
                child = next;
              }
            }
            return true;
          }
        });
      },
      /**
       * Checks whether the DOM implementation implements a specific feature and its version.
       *
       * @deprecated
       * Since `DOMImplementation.hasFeature` is deprecated and always returns true.
       * @param {string} feature
       * The package name of the feature to test. This is the same name that can be passed to the
       * method `hasFeature` on `DOMImplementation`.
       * @param {string} version
       * This is the version number of the package name to test.
       * @returns {boolean}
       * Returns true in all cases in the current implementation.
       * @since Introduced in DOM Level 2
       * @see {@link DOMImplementation.hasFeature}
       */
      isSupported: function(feature, version) {
        return this.ownerDocument.implementation.hasFeature(feature, version);
      },
      /**
       * Look up the prefix associated to the given namespace URI, starting from this node.
       * **The default namespace declarations are ignored by this method.**
       * See Namespace Prefix Lookup for details on the algorithm used by this method.
       *
       * **This behavior is different from the in the specs**:
       * - no node type specific handling
       * - uses the internal attribute _nsMap for resolving namespaces that is updated when changing attributes
       *
       * @param {string | null} namespaceURI
       * The namespace URI for which to find the associated prefix.
       * @returns {string | null}
       * The associated prefix, if found; otherwise, null.
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#Node3-lookupNamespacePrefix
       * @see https://www.w3.org/TR/DOM-Level-3-Core/namespaces-algorithms.html#lookupNamespacePrefixAlgo
       * @see https://dom.spec.whatwg.org/#dom-node-lookupprefix
       * @see https://github.com/xmldom/xmldom/issues/322
       * @prettierignore
       */
      lookupPrefix: function(namespaceURI) {
        var el = this;
        while (el) {
          var map = el._nsMap;
          if (map) {
            for (var n in map) {
              if (hasOwn(map, n) && map[n] === namespaceURI) {
                return n;
              }
            }
          }
          el = el.nodeType == ATTRIBUTE_NODE ? el.ownerDocument : el.parentNode;
        }
        return null;
      },
      /**
       * This function is used to look up the namespace URI associated with the given prefix,
       * starting from this node.
       *
       * **This behavior is different from the in the specs**:
       * - no node type specific handling
       * - uses the internal attribute _nsMap for resolving namespaces that is updated when changing attributes
       *
       * @param {string | null} prefix
       * The prefix for which to find the associated namespace URI.
       * @returns {string | null}
       * The associated namespace URI, if found; otherwise, null.
       * @since DOM Level 3
       * @see https://dom.spec.whatwg.org/#dom-node-lookupnamespaceuri
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#Node3-lookupNamespaceURI
       * @prettierignore
       */
      lookupNamespaceURI: function(prefix) {
        var el = this;
        while (el) {
          var map = el._nsMap;
          if (map) {
            if (hasOwn(map, prefix)) {
              return map[prefix];
            }
          }
          el = el.nodeType == ATTRIBUTE_NODE ? el.ownerDocument : el.parentNode;
        }
        return null;
      },
      /**
       * Determines whether the given namespace URI is the default namespace.
       *
       * The function works by looking up the prefix associated with the given namespace URI. If no
       * prefix is found (i.e., the namespace URI is not registered in the namespace map of this
       * node or any of its ancestors), it returns `true`, implying the namespace URI is considered
       * the default.
       *
       * **This behavior is different from the in the specs**:
       * - no node type specific handling
       * - uses the internal attribute _nsMap for resolving namespaces that is updated when changing attributes
       *
       * @param {string | null} namespaceURI
       * The namespace URI to be checked.
       * @returns {boolean}
       * Returns true if the given namespace URI is the default namespace, false otherwise.
       * @since DOM Level 3
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#Node3-isDefaultNamespace
       * @see https://dom.spec.whatwg.org/#dom-node-isdefaultnamespace
       * @prettierignore
       */
      isDefaultNamespace: function(namespaceURI) {
        var prefix = this.lookupPrefix(namespaceURI);
        return prefix == null;
      },
      /**
       * Compares the reference node with a node with regard to their position in the document and
       * according to the document order.
       *
       * @param {Node} other
       * The node to compare the reference node to.
       * @returns {number}
       * Returns how the node is positioned relatively to the reference node according to the
       * bitmask. 0 if reference node and given node are the same.
       * @since DOM Level 3
       * @see https://www.w3.org/TR/2004/REC-DOM-Level-3-Core-20040407/core.html#Node3-compare
       * @see https://dom.spec.whatwg.org/#dom-node-comparedocumentposition
       */
      compareDocumentPosition: function(other) {
        if (this === other) return 0;
        var node1 = other;
        var node2 = this;
        var attr1 = null;
        var attr2 = null;
        if (node1 instanceof Attr) {
          attr1 = node1;
          node1 = attr1.ownerElement;
        }
        if (node2 instanceof Attr) {
          attr2 = node2;
          node2 = attr2.ownerElement;
          if (attr1 && node1 && node2 === node1) {
            for (var i = 0, attr; attr = node2.attributes[i]; i++) {
              if (attr === attr1)
                return DocumentPosition.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC + DocumentPosition.DOCUMENT_POSITION_PRECEDING;
              if (attr === attr2)
                return DocumentPosition.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC + DocumentPosition.DOCUMENT_POSITION_FOLLOWING;
            }
          }
        }
        if (!node1 || !node2 || node2.ownerDocument !== node1.ownerDocument) {
          return DocumentPosition.DOCUMENT_POSITION_DISCONNECTED + DocumentPosition.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC + (docGUID(node2.ownerDocument) > docGUID(node1.ownerDocument) ? DocumentPosition.DOCUMENT_POSITION_FOLLOWING : DocumentPosition.DOCUMENT_POSITION_PRECEDING);
        }
        if (attr2 && node1 === node2) {
          return DocumentPosition.DOCUMENT_POSITION_CONTAINS + DocumentPosition.DOCUMENT_POSITION_PRECEDING;
        }
        if (attr1 && node1 === node2) {
          return DocumentPosition.DOCUMENT_POSITION_CONTAINED_BY + DocumentPosition.DOCUMENT_POSITION_FOLLOWING;
        }
        var chain1 = [];
        var ancestor1 = node1.parentNode;
        while (ancestor1) {
          if (!attr2 && ancestor1 === node2) {
            return DocumentPosition.DOCUMENT_POSITION_CONTAINED_BY + DocumentPosition.DOCUMENT_POSITION_FOLLOWING;
          }
          chain1.push(ancestor1);
          ancestor1 = ancestor1.parentNode;
        }
        chain1.reverse();
        var chain2 = [];
        var ancestor2 = node2.parentNode;
        while (ancestor2) {
          if (!attr1 && ancestor2 === node1) {
            return DocumentPosition.DOCUMENT_POSITION_CONTAINS + DocumentPosition.DOCUMENT_POSITION_PRECEDING;
          }
          chain2.push(ancestor2);
          ancestor2 = ancestor2.parentNode;
        }
        chain2.reverse();
        var ca = commonAncestor(chain1, chain2);
        for (var n in ca.childNodes) {
          var child = ca.childNodes[n];
          if (child === node2) return DocumentPosition.DOCUMENT_POSITION_FOLLOWING;
          if (child === node1) return DocumentPosition.DOCUMENT_POSITION_PRECEDING;
          if (chain2.indexOf(child) >= 0) return DocumentPosition.DOCUMENT_POSITION_FOLLOWING;
          if (chain1.indexOf(child) >= 0) return DocumentPosition.DOCUMENT_POSITION_PRECEDING;
        }
        return 0;
      }
    };
    function _xmlEncoder(c) {
      return c == "<" && "&lt;" || c == ">" && "&gt;" || c == "&" && "&amp;" || c == '"' && "&quot;" || "&#" + c.charCodeAt() + ";";
    }
    copy(NodeType, Node);
    copy(NodeType, Node.prototype);
    copy(DocumentPosition, Node);
    copy(DocumentPosition, Node.prototype);
    function _visitNode(node, callback) {
      walkDOM(node, null, {
        enter: function(n) {
          return callback(n) ? walkDOM.STOP : true;
        }
      });
    }
    function walkDOM(node, context, callbacks) {
      var stack = [{ node, context, phase: walkDOM.ENTER }];
      while (stack.length > 0) {
        var frame = stack.pop();
        if (frame.phase === walkDOM.ENTER) {
          var childContext = callbacks.enter(frame.node, frame.context);
          if (childContext === walkDOM.STOP) {
            return walkDOM.STOP;
          }
          stack.push({ node: frame.node, context: childContext, phase: walkDOM.EXIT });
          if (childContext === null || childContext === void 0) {
            continue;
          }
          var child = frame.node.lastChild;
          while (child) {
            stack.push({ node: child, context: childContext, phase: walkDOM.ENTER });
            child = child.previousSibling;
          }
        } else {
          if (callbacks.exit) {
            callbacks.exit(frame.node, frame.context);
          }
        }
      }
    }
    walkDOM.STOP = Symbol("walkDOM.STOP");
    walkDOM.ENTER = 0;
    walkDOM.EXIT = 1;
    function Document(symbol, options) {
      checkSymbol(symbol);
      var opt = options || {};
      this.ownerDocument = this;
      this.contentType = opt.contentType || MIME_TYPE.XML_APPLICATION;
      this.type = isHTMLMimeType(this.contentType) ? "html" : "xml";
    }
    function _onAddAttribute(doc, el, newAttr) {
      doc && doc._inc++;
      var ns = newAttr.namespaceURI;
      if (ns === NAMESPACE.XMLNS) {
        el._nsMap[newAttr.prefix ? newAttr.localName : ""] = newAttr.value;
      }
    }
    function _onRemoveAttribute(doc, el, newAttr, remove) {
      doc && doc._inc++;
      var ns = newAttr.namespaceURI;
      if (ns === NAMESPACE.XMLNS) {
        delete el._nsMap[newAttr.prefix ? newAttr.localName : ""];
      }
    }
    function _onUpdateChild(doc, parent, newChild) {
      if (doc && doc._inc) {
        doc._inc++;
        var childNodes = parent.childNodes;
        if (newChild && !newChild.nextSibling) {
          childNodes[childNodes.length++] = newChild;
        } else {
          var child = parent.firstChild;
          var i = 0;
          while (child) {
            childNodes[i++] = child;
            child = child.nextSibling;
          }
          childNodes.length = i;
          delete childNodes[childNodes.length];
        }
      }
    }
    function _removeChild(parentNode, child) {
      if (parentNode !== child.parentNode) {
        throw new DOMException(DOMException.NOT_FOUND_ERR, "child's parent is not parent");
      }
      var oldPreviousSibling = child.previousSibling;
      var oldNextSibling = child.nextSibling;
      if (oldPreviousSibling) {
        oldPreviousSibling.nextSibling = oldNextSibling;
      } else {
        parentNode.firstChild = oldNextSibling;
      }
      if (oldNextSibling) {
        oldNextSibling.previousSibling = oldPreviousSibling;
      } else {
        parentNode.lastChild = oldPreviousSibling;
      }
      _onUpdateChild(parentNode.ownerDocument, parentNode);
      child.parentNode = null;
      child.previousSibling = null;
      child.nextSibling = null;
      return child;
    }
    function hasValidParentNodeType(node) {
      return node && (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE || node.nodeType === Node.ELEMENT_NODE);
    }
    function hasInsertableNodeType(node) {
      return node && (node.nodeType === Node.CDATA_SECTION_NODE || node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE || node.nodeType === Node.DOCUMENT_TYPE_NODE || node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE || node.nodeType === Node.TEXT_NODE);
    }
    function isDocTypeNode(node) {
      return node && node.nodeType === Node.DOCUMENT_TYPE_NODE;
    }
    function isElementNode(node) {
      return node && node.nodeType === Node.ELEMENT_NODE;
    }
    function isTextNode(node) {
      return node && node.nodeType === Node.TEXT_NODE;
    }
    function isElementInsertionPossible(doc, child) {
      var parentChildNodes = doc.childNodes || [];
      if (find(parentChildNodes, isElementNode) || isDocTypeNode(child)) {
        return false;
      }
      var docTypeNode = find(parentChildNodes, isDocTypeNode);
      return !(child && docTypeNode && parentChildNodes.indexOf(docTypeNode) > parentChildNodes.indexOf(child));
    }
    function isElementReplacementPossible(doc, child) {
      var parentChildNodes = doc.childNodes || [];
      function hasElementChildThatIsNotChild(node) {
        return isElementNode(node) && node !== child;
      }
      if (find(parentChildNodes, hasElementChildThatIsNotChild)) {
        return false;
      }
      var docTypeNode = find(parentChildNodes, isDocTypeNode);
      return !(child && docTypeNode && parentChildNodes.indexOf(docTypeNode) > parentChildNodes.indexOf(child));
    }
    function assertPreInsertionValidity1to5(parent, node, child) {
      if (!hasValidParentNodeType(parent)) {
        throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Unexpected parent node type " + parent.nodeType);
      }
      if (child && child.parentNode !== parent) {
        throw new DOMException(DOMException.NOT_FOUND_ERR, "child not in parent");
      }
      if (
        // 4. If `node` is not a DocumentFragment, DocumentType, Element, or CharacterData node, then throw a "HierarchyRequestError" DOMException.
        !hasInsertableNodeType(node) || // 5. If either `node` is a Text node and `parent` is a document,
        // the sax parser currently adds top level text nodes, this will be fixed in 0.9.0
        // || (node.nodeType === Node.TEXT_NODE && parent.nodeType === Node.DOCUMENT_NODE)
        // or `node` is a doctype and `parent` is not a document, then throw a "HierarchyRequestError" DOMException.
        isDocTypeNode(node) && parent.nodeType !== Node.DOCUMENT_NODE
      ) {
        throw new DOMException(
          DOMException.HIERARCHY_REQUEST_ERR,
          "Unexpected node type " + node.nodeType + " for parent node type " + parent.nodeType
        );
      }
    }
    function assertPreInsertionValidityInDocument(parent, node, child) {
      var parentChildNodes = parent.childNodes || [];
      var nodeChildNodes = node.childNodes || [];
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        var nodeChildElements = nodeChildNodes.filter(isElementNode);
        if (nodeChildElements.length > 1 || find(nodeChildNodes, isTextNode)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "More than one element or text in fragment");
        }
        if (nodeChildElements.length === 1 && !isElementInsertionPossible(parent, child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Element in fragment can not be inserted before doctype");
        }
      }
      if (isElementNode(node)) {
        if (!isElementInsertionPossible(parent, child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Only one element can be added and only after doctype");
        }
      }
      if (isDocTypeNode(node)) {
        if (find(parentChildNodes, isDocTypeNode)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Only one doctype is allowed");
        }
        var parentElementChild = find(parentChildNodes, isElementNode);
        if (child && parentChildNodes.indexOf(parentElementChild) < parentChildNodes.indexOf(child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Doctype can only be inserted before an element");
        }
        if (!child && parentElementChild) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Doctype can not be appended since element is present");
        }
      }
    }
    function assertPreReplacementValidityInDocument(parent, node, child) {
      var parentChildNodes = parent.childNodes || [];
      var nodeChildNodes = node.childNodes || [];
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        var nodeChildElements = nodeChildNodes.filter(isElementNode);
        if (nodeChildElements.length > 1 || find(nodeChildNodes, isTextNode)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "More than one element or text in fragment");
        }
        if (nodeChildElements.length === 1 && !isElementReplacementPossible(parent, child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Element in fragment can not be inserted before doctype");
        }
      }
      if (isElementNode(node)) {
        if (!isElementReplacementPossible(parent, child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Only one element can be added and only after doctype");
        }
      }
      if (isDocTypeNode(node)) {
        let hasDoctypeChildThatIsNotChild = function(node2) {
          return isDocTypeNode(node2) && node2 !== child;
        };
        if (find(parentChildNodes, hasDoctypeChildThatIsNotChild)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Only one doctype is allowed");
        }
        var parentElementChild = find(parentChildNodes, isElementNode);
        if (child && parentChildNodes.indexOf(parentElementChild) < parentChildNodes.indexOf(child)) {
          throw new DOMException(DOMException.HIERARCHY_REQUEST_ERR, "Doctype can only be inserted before an element");
        }
      }
    }
    function _insertBefore(parent, node, child, _inDocumentAssertion) {
      assertPreInsertionValidity1to5(parent, node, child);
      if (parent.nodeType === Node.DOCUMENT_NODE) {
        (_inDocumentAssertion || assertPreInsertionValidityInDocument)(parent, node, child);
      }
      var cp = node.parentNode;
      if (cp) {
        cp.removeChild(node);
      }
      if (node.nodeType === DOCUMENT_FRAGMENT_NODE) {
        var newFirst = node.firstChild;
        if (newFirst == null) {
          return node;
        }
        var newLast = node.lastChild;
      } else {
        newFirst = newLast = node;
      }
      var pre = child ? child.previousSibling : parent.lastChild;
      newFirst.previousSibling = pre;
      newLast.nextSibling = child;
      if (pre) {
        pre.nextSibling = newFirst;
      } else {
        parent.firstChild = newFirst;
      }
      if (child == null) {
        parent.lastChild = newLast;
      } else {
        child.previousSibling = newLast;
      }
      do {
        newFirst.parentNode = parent;
      } while (newFirst !== newLast && (newFirst = newFirst.nextSibling));
      _onUpdateChild(parent.ownerDocument || parent, parent, node);
      if (node.nodeType == DOCUMENT_FRAGMENT_NODE) {
        node.firstChild = node.lastChild = null;
      }
      return node;
    }
    Document.prototype = {
      /**
       * The implementation that created this document.
       *
       * @type DOMImplementation
       * @readonly
       */
      implementation: null,
      nodeName: "#document",
      nodeType: DOCUMENT_NODE,
      /**
       * The DocumentType node of the document.
       *
       * @type DocumentType
       * @readonly
       */
      doctype: null,
      documentElement: null,
      _inc: 1,
      insertBefore: function(newChild, refChild) {
        if (newChild.nodeType === DOCUMENT_FRAGMENT_NODE) {
          var child = newChild.firstChild;
          while (child) {
            var next = child.nextSibling;
            this.insertBefore(child, refChild);
            child = next;
          }
          return newChild;
        }
        _insertBefore(this, newChild, refChild);
        newChild.ownerDocument = this;
        if (this.documentElement === null && newChild.nodeType === ELEMENT_NODE) {
          this.documentElement = newChild;
        }
        return newChild;
      },
      removeChild: function(oldChild) {
        var removed = _removeChild(this, oldChild);
        if (removed === this.documentElement) {
          this.documentElement = null;
        }
        return removed;
      },
      replaceChild: function(newChild, oldChild) {
        _insertBefore(this, newChild, oldChild, assertPreReplacementValidityInDocument);
        newChild.ownerDocument = this;
        if (oldChild) {
          this.removeChild(oldChild);
        }
        if (isElementNode(newChild)) {
          this.documentElement = newChild;
        }
      },
      /**
       * Imports a node from another document into this document, creating a new copy owned by this
       * document. The source node and its subtree are not modified.
       *
       * @param {Node} importedNode
       * The node to import.
       * @param {boolean} deep
       * If true, the contents of the node are recursively imported.
       * If false, only the node itself (and its attributes, if it is an element) are imported.
       * @returns {Node}
       * Returns the newly created import of the node.
       * @see {@link importNode}
       * @see {@link https://dom.spec.whatwg.org/#dom-document-importnode}
       */
      importNode: function(importedNode, deep) {
        return importNode(this, importedNode, deep);
      },
      // Introduced in DOM Level 2:
      getElementById: function(id) {
        var rtv = null;
        _visitNode(this.documentElement, function(node) {
          if (node.nodeType == ELEMENT_NODE) {
            if (node.getAttribute("id") == id) {
              rtv = node;
              return true;
            }
          }
        });
        return rtv;
      },
      /**
       * Creates a new `Element` that is owned by this `Document`.
       * In HTML Documents `localName` is the lower cased `tagName`,
       * otherwise no transformation is being applied.
       * When `contentType` implies the HTML namespace, it will be set as `namespaceURI`.
       *
       * __This implementation differs from the specification:__ - The provided name is not checked
       * against the `Name` production,
       * so no related error will be thrown.
       * - There is no interface `HTMLElement`, it is always an `Element`.
       * - There is no support for a second argument to indicate using custom elements.
       *
       * @param {string} tagName
       * @returns {Element}
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Document/createElement
       * @see https://dom.spec.whatwg.org/#dom-document-createelement
       * @see https://dom.spec.whatwg.org/#concept-create-element
       */
      createElement: function(tagName) {
        var node = new Element(PDC);
        node.ownerDocument = this;
        if (this.type === "html") {
          tagName = tagName.toLowerCase();
        }
        if (hasDefaultHTMLNamespace(this.contentType)) {
          node.namespaceURI = NAMESPACE.HTML;
        }
        node.nodeName = tagName;
        node.tagName = tagName;
        node.localName = tagName;
        node.childNodes = new NodeList();
        var attrs = node.attributes = new NamedNodeMap();
        attrs._ownerElement = node;
        return node;
      },
      /**
       * @returns {DocumentFragment}
       */
      createDocumentFragment: function() {
        var node = new DocumentFragment(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        return node;
      },
      /**
       * @param {string} data
       * @returns {Text}
       */
      createTextNode: function(data) {
        var node = new Text(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.appendData(data);
        return node;
      },
      /**
       * @param {string} data
       * @returns {Comment}
       * @see https://dom.spec.whatwg.org/#dom-document-createcomment
       * @see https://www.w3.org/TR/xml/#NT-Comment XML 1.0 production [15]
       * @see https://www.w3.org/TR/DOM-Parsing/#dfn-concept-serialize-xml §3.2.1.3
       *
       *      Note: no validation is performed at creation time. When the resulting document is
       *      serialized with `requireWellFormed: true`, the serializer throws `InvalidStateError`
       *      if the comment data contains `--` anywhere, ends with `-`, or contains characters
       *      outside the XML Char production (W3C DOM Parsing §3.2.1.3). Without that option the
       *      data is emitted verbatim.
       */
      createComment: function(data) {
        var node = new Comment(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.appendData(data);
        return node;
      },
      /**
       * Returns a new CDATASection node whose data is `data`.
       *
       * __This implementation differs from the specification:__ - calling this method on an HTML
       * document does not throw `NotSupportedError`.
       *
       * @param {string} data
       * @returns {CDATASection}
       * @throws {DOMException}
       * With code `INVALID_CHARACTER_ERR` if `data` contains `"]]>"`.
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Document/createCDATASection
       * @see https://dom.spec.whatwg.org/#dom-document-createcdatasection
       */
      createCDATASection: function(data) {
        if (data.indexOf("]]>") !== -1) {
          throw new DOMException(DOMException.INVALID_CHARACTER_ERR, 'data contains "]]>"');
        }
        var node = new CDATASection(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.appendData(data);
        return node;
      },
      /**
       * Returns a ProcessingInstruction node whose target is target and data is data.
       *
       * __This behavior is slightly different from the in the specs__:
       * - it does not do any input validation on the arguments and doesn't throw
       * "InvalidCharacterError".
       *
       * Note: When the resulting document is serialized with `requireWellFormed: true`, the
       * serializer throws `InvalidStateError` if `.target` is not a valid XML `NCName` (a `Name`
       * with no colon) or is an ASCII case-insensitive match for `"xml"`, or if `.data` contains
       * `?>` or characters outside the XML Char production (W3C DOM Parsing §3.2.1.7). Without that
       * option the target and data are emitted verbatim.
       *
       * @param {string} target
       * @param {string} data
       * @returns {ProcessingInstruction}
       * @see https://developer.mozilla.org/docs/Web/API/Document/createProcessingInstruction
       * @see https://dom.spec.whatwg.org/#dom-document-createprocessinginstruction
       * @see https://www.w3.org/TR/DOM-Parsing/#dfn-concept-serialize-xml §3.2.1.7
       */
      createProcessingInstruction: function(target, data) {
        var node = new ProcessingInstruction(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.nodeName = node.target = target;
        node.nodeValue = node.data = data;
        return node;
      },
      /**
       * Creates an `Attr` node that is owned by this document.
       * In HTML Documents `localName` is the lower cased `name`,
       * otherwise no transformation is being applied.
       *
       * __This implementation differs from the specification:__ - The provided name is not checked
       * against the `Name` production,
       * so no related error will be thrown.
       *
       * @param {string} name
       * @returns {Attr}
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Document/createAttribute
       * @see https://dom.spec.whatwg.org/#dom-document-createattribute
       */
      createAttribute: function(name) {
        if (!g.QName_exact.test(name)) {
          throw new DOMException(DOMException.INVALID_CHARACTER_ERR, 'invalid character in name "' + name + '"');
        }
        if (this.type === "html") {
          name = name.toLowerCase();
        }
        return this._createAttribute(name);
      },
      _createAttribute: function(name) {
        var node = new Attr(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.name = name;
        node.nodeName = name;
        node.localName = name;
        node.specified = true;
        return node;
      },
      /**
       * Creates an EntityReference object.
       * The current implementation does not fill the `childNodes` with those of the corresponding
       * `Entity`
       *
       * The `name` is validated against the XML `Name` production at creation time; an invalid name
       * throws `InvalidCharacterError`. When the resulting node is serialized with
       * `requireWellFormed: true`, the serializer re-validates `nodeName` against the XML `Name`
       * production and throws `InvalidStateError` if a later `nodeName` mutation made it invalid;
       * without that option the name is emitted verbatim.
       *
       * __This implementation differs from the specification:__ xmldom does not expand entities —
       * the parser resolves entity references inline and never constructs `EntityReference` nodes,
       * so this method is the only producer.
       *
       * @deprecated
       * In DOM Level 4.
       * @param {string} name
       * The name of the entity to reference. No namespace well-formedness checks are performed.
       * @returns {EntityReference}
       * @throws {DOMException}
       * With code `INVALID_CHARACTER_ERR` when `name` is not a valid XML `Name`.
       * @throws {DOMException}
       * with code `NOT_SUPPORTED_ERR` when the document is of type `html`
       * @see https://www.w3.org/TR/DOM-Level-3-Core/core.html#ID-392B75AE
       */
      createEntityReference: function(name) {
        if (!g.Name_exact.test(name)) {
          throw new DOMException(DOMException.INVALID_CHARACTER_ERR, 'not a valid xml name "' + name + '"');
        }
        if (this.type === "html") {
          throw new DOMException("document is an html document", DOMExceptionName.NotSupportedError);
        }
        var node = new EntityReference(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.nodeName = name;
        return node;
      },
      // Introduced in DOM Level 2:
      /**
       * @param {string} namespaceURI
       * @param {string} qualifiedName
       * @returns {Element}
       */
      createElementNS: function(namespaceURI, qualifiedName) {
        var validated = validateAndExtract(namespaceURI, qualifiedName);
        var node = new Element(PDC);
        var attrs = node.attributes = new NamedNodeMap();
        node.childNodes = new NodeList();
        node.ownerDocument = this;
        node.nodeName = qualifiedName;
        node.tagName = qualifiedName;
        node.namespaceURI = validated[0];
        node.prefix = validated[1];
        node.localName = validated[2];
        attrs._ownerElement = node;
        return node;
      },
      // Introduced in DOM Level 2:
      /**
       * @param {string} namespaceURI
       * @param {string} qualifiedName
       * @returns {Attr}
       */
      createAttributeNS: function(namespaceURI, qualifiedName) {
        var validated = validateAndExtract(namespaceURI, qualifiedName);
        var node = new Attr(PDC);
        node.ownerDocument = this;
        node.childNodes = new NodeList();
        node.nodeName = qualifiedName;
        node.name = qualifiedName;
        node.specified = true;
        node.namespaceURI = validated[0];
        node.prefix = validated[1];
        node.localName = validated[2];
        return node;
      }
    };
    _extends(Document, Node);
    function Element(symbol) {
      checkSymbol(symbol);
      this._nsMap = /* @__PURE__ */ Object.create(null);
    }
    Element.prototype = {
      nodeType: ELEMENT_NODE,
      /**
       * The attributes of this element.
       *
       * @type {NamedNodeMap | null}
       */
      attributes: null,
      getQualifiedName: function() {
        return this.prefix ? this.prefix + ":" + this.localName : this.localName;
      },
      _isInHTMLDocumentAndNamespace: function() {
        return this.ownerDocument.type === "html" && this.namespaceURI === NAMESPACE.HTML;
      },
      /**
       * Implementaton of Level2 Core function hasAttributes.
       *
       * @returns {boolean}
       * True if attribute list is not empty.
       * @see https://www.w3.org/TR/DOM-Level-2-Core/#core-ID-NodeHasAttrs
       */
      hasAttributes: function() {
        return !!(this.attributes && this.attributes.length);
      },
      hasAttribute: function(name) {
        return !!this.getAttributeNode(name);
      },
      /**
       * Returns element’s first attribute whose qualified name is `name`, and `null`
       * if there is no such attribute.
       *
       * @param {string} name
       * @returns {string | null}
       */
      getAttribute: function(name) {
        var attr = this.getAttributeNode(name);
        return attr ? attr.value : null;
      },
      getAttributeNode: function(name) {
        if (this._isInHTMLDocumentAndNamespace()) {
          name = name.toLowerCase();
        }
        return this.attributes.getNamedItem(name);
      },
      /**
       * Sets the value of element’s first attribute whose qualified name is qualifiedName to value.
       *
       * @param {string} name
       * @param {string} value
       */
      setAttribute: function(name, value) {
        if (this._isInHTMLDocumentAndNamespace()) {
          name = name.toLowerCase();
        }
        var attr = this.getAttributeNode(name);
        if (attr) {
          attr.value = attr.nodeValue = "" + value;
        } else {
          attr = this.ownerDocument._createAttribute(name);
          attr.value = attr.nodeValue = "" + value;
          this.setAttributeNode(attr);
        }
      },
      removeAttribute: function(name) {
        var attr = this.getAttributeNode(name);
        attr && this.removeAttributeNode(attr);
      },
      setAttributeNode: function(newAttr) {
        return this.attributes.setNamedItem(newAttr);
      },
      setAttributeNodeNS: function(newAttr) {
        return this.attributes.setNamedItemNS(newAttr);
      },
      removeAttributeNode: function(oldAttr) {
        return this.attributes.removeNamedItem(oldAttr.nodeName);
      },
      //get real attribute name,and remove it by removeAttributeNode
      removeAttributeNS: function(namespaceURI, localName) {
        var old = this.getAttributeNodeNS(namespaceURI, localName);
        old && this.removeAttributeNode(old);
      },
      hasAttributeNS: function(namespaceURI, localName) {
        return this.getAttributeNodeNS(namespaceURI, localName) != null;
      },
      /**
       * Returns element’s attribute whose namespace is `namespaceURI` and local name is
       * `localName`,
       * or `null` if there is no such attribute.
       *
       * @param {string} namespaceURI
       * @param {string} localName
       * @returns {string | null}
       */
      getAttributeNS: function(namespaceURI, localName) {
        var attr = this.getAttributeNodeNS(namespaceURI, localName);
        return attr ? attr.value : null;
      },
      /**
       * Sets the value of element’s attribute whose namespace is `namespaceURI` and local name is
       * `localName` to value.
       *
       * @param {string} namespaceURI
       * @param {string} qualifiedName
       * @param {string} value
       * @see https://dom.spec.whatwg.org/#dom-element-setattributens
       */
      setAttributeNS: function(namespaceURI, qualifiedName, value) {
        var validated = validateAndExtract(namespaceURI, qualifiedName);
        var localName = validated[2];
        var attr = this.getAttributeNodeNS(namespaceURI, localName);
        if (attr) {
          attr.value = attr.nodeValue = "" + value;
        } else {
          attr = this.ownerDocument.createAttributeNS(namespaceURI, qualifiedName);
          attr.value = attr.nodeValue = "" + value;
          this.setAttributeNode(attr);
        }
      },
      getAttributeNodeNS: function(namespaceURI, localName) {
        return this.attributes.getNamedItemNS(namespaceURI, localName);
      },
      /**
       * Returns a LiveNodeList of all child elements which have **all** of the given class name(s).
       *
       * Returns an empty list if `classNames` is an empty string or only contains HTML white space
       * characters.
       *
       * Warning: This returns a live LiveNodeList.
       * Changes in the DOM will reflect in the array as the changes occur.
       * If an element selected by this array no longer qualifies for the selector,
       * it will automatically be removed. Be aware of this for iteration purposes.
       *
       * @param {string} classNames
       * Is a string representing the class name(s) to match; multiple class names are separated by
       * (ASCII-)whitespace.
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Element/getElementsByClassName
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Document/getElementsByClassName
       * @see https://dom.spec.whatwg.org/#concept-getelementsbyclassname
       */
      getElementsByClassName: function(classNames) {
        var classNamesSet = toOrderedSet(classNames);
        return new LiveNodeList(this, function(base) {
          var ls = [];
          if (classNamesSet.length > 0) {
            _visitNode(base, function(node) {
              if (node !== base && node.nodeType === ELEMENT_NODE) {
                var nodeClassNames = node.getAttribute("class");
                if (nodeClassNames) {
                  var matches = classNames === nodeClassNames;
                  if (!matches) {
                    var nodeClassNamesSet = toOrderedSet(nodeClassNames);
                    matches = classNamesSet.every(arrayIncludes(nodeClassNamesSet));
                  }
                  if (matches) {
                    ls.push(node);
                  }
                }
              }
            });
          }
          return ls;
        });
      },
      /**
       * Returns a LiveNodeList of elements with the given qualifiedName.
       * Searching for all descendants can be done by passing `*` as `qualifiedName`.
       *
       * All descendants of the specified element are searched, but not the element itself.
       * The returned list is live, which means it updates itself with the DOM tree automatically.
       * Therefore, there is no need to call `Element.getElementsByTagName()`
       * with the same element and arguments repeatedly if the DOM changes in between calls.
       *
       * When called on an HTML element in an HTML document,
       * `getElementsByTagName` lower-cases the argument before searching for it.
       * This is undesirable when trying to match camel-cased SVG elements (such as
       * `<linearGradient>`) in an HTML document.
       * Instead, use `Element.getElementsByTagNameNS()`,
       * which preserves the capitalization of the tag name.
       *
       * `Element.getElementsByTagName` is similar to `Document.getElementsByTagName()`,
       * except that it only searches for elements that are descendants of the specified element.
       *
       * @param {string} qualifiedName
       * @returns {LiveNodeList}
       * @see https://developer.mozilla.org/en-US/docs/Web/API/Element/getElementsByTagName
       * @see https://dom.spec.whatwg.org/#concept-getelementsbytagname
       */
      getElementsByTagName: function(qualifiedName) {
        var isHTMLDocument = (this.nodeType === DOCUMENT_NODE ? this : this.ownerDocument).type === "html";
        var lowerQualifiedName = qualifiedName.toLowerCase();
        return new LiveNodeList(this, function(base) {
          var ls = [];
          _visitNode(base, function(node) {
            if (node === base || node.nodeType !== ELEMENT_NODE) {
              return;
            }
            if (qualifiedName === "*") {
              ls.push(node);
            } else {
              var nodeQualifiedName = node.getQualifiedName();
              var matchingQName = isHTMLDocument && node.namespaceURI === NAMESPACE.HTML ? lowerQualifiedName : qualifiedName;
              if (nodeQualifiedName === matchingQName) {
                ls.push(node);
              }
            }
          });
          return ls;
        });
      },
      getElementsByTagNameNS: function(namespaceURI, localName) {
        return new LiveNodeList(this, function(base) {
          var ls = [];
          _visitNode(base, function(node) {
            if (node !== base && node.nodeType === ELEMENT_NODE && (namespaceURI === "*" || node.namespaceURI === namespaceURI) && (localName === "*" || node.localName == localName)) {
              ls.push(node);
            }
          });
          return ls;
        });
      }
    };
    Document.prototype.getElementsByClassName = Element.prototype.getElementsByClassName;
    Document.prototype.getElementsByTagName = Element.prototype.getElementsByTagName;
    Document.prototype.getElementsByTagNameNS = Element.prototype.getElementsByTagNameNS;
    _extends(Element, Node);
    function Attr(symbol) {
      checkSymbol(symbol);
      this.namespaceURI = null;
      this.prefix = null;
      this.ownerElement = null;
    }
    Attr.prototype.nodeType = ATTRIBUTE_NODE;
    _extends(Attr, Node);
    function CharacterData(symbol) {
      checkSymbol(symbol);
    }
    CharacterData.prototype = {
      data: "",
      substringData: function(offset, count) {
        return this.data.substring(offset, offset + count);
      },
      appendData: function(text3) {
        text3 = this.data + text3;
        this.nodeValue = this.data = text3;
        this.length = text3.length;
      },
      insertData: function(offset, text3) {
        this.replaceData(offset, 0, text3);
      },
      deleteData: function(offset, count) {
        this.replaceData(offset, count, "");
      },
      replaceData: function(offset, count, text3) {
        var start = this.data.substring(0, offset);
        var end = this.data.substring(offset + count);
        text3 = start + text3 + end;
        this.nodeValue = this.data = text3;
        this.length = text3.length;
      }
    };
    _extends(CharacterData, Node);
    function Text(symbol) {
      checkSymbol(symbol);
    }
    Text.prototype = {
      nodeName: "#text",
      nodeType: TEXT_NODE,
      splitText: function(offset) {
        var text3 = this.data;
        var newText = text3.substring(offset);
        text3 = text3.substring(0, offset);
        this.data = this.nodeValue = text3;
        this.length = text3.length;
        var newNode = this.ownerDocument.createTextNode(newText);
        if (this.parentNode) {
          this.parentNode.insertBefore(newNode, this.nextSibling);
        }
        return newNode;
      }
    };
    _extends(Text, CharacterData);
    function Comment(symbol) {
      checkSymbol(symbol);
    }
    Comment.prototype = {
      nodeName: "#comment",
      nodeType: COMMENT_NODE
    };
    _extends(Comment, CharacterData);
    function CDATASection(symbol) {
      checkSymbol(symbol);
    }
    CDATASection.prototype = {
      nodeName: "#cdata-section",
      nodeType: CDATA_SECTION_NODE
    };
    _extends(CDATASection, Text);
    function DocumentType(symbol) {
      checkSymbol(symbol);
    }
    DocumentType.prototype.nodeType = DOCUMENT_TYPE_NODE;
    _extends(DocumentType, Node);
    function Notation(symbol) {
      checkSymbol(symbol);
    }
    Notation.prototype.nodeType = NOTATION_NODE;
    _extends(Notation, Node);
    function Entity(symbol) {
      checkSymbol(symbol);
    }
    Entity.prototype.nodeType = ENTITY_NODE;
    _extends(Entity, Node);
    function EntityReference(symbol) {
      checkSymbol(symbol);
    }
    EntityReference.prototype.nodeType = ENTITY_REFERENCE_NODE;
    _extends(EntityReference, Node);
    function DocumentFragment(symbol) {
      checkSymbol(symbol);
    }
    DocumentFragment.prototype.nodeName = "#document-fragment";
    DocumentFragment.prototype.nodeType = DOCUMENT_FRAGMENT_NODE;
    _extends(DocumentFragment, Node);
    function ProcessingInstruction(symbol) {
      checkSymbol(symbol);
    }
    ProcessingInstruction.prototype.nodeType = PROCESSING_INSTRUCTION_NODE;
    _extends(ProcessingInstruction, CharacterData);
    function XMLSerializer() {
    }
    XMLSerializer.prototype.serializeToString = function(node, options) {
      return nodeSerializeToString.call(node, options);
    };
    Node.prototype.toString = nodeSerializeToString;
    function nodeSerializeToString(options) {
      var opts;
      if (typeof options === "function") {
        opts = { requireWellFormed: false, splitCDATASections: true, nodeFilter: options };
      } else if (options != null) {
        opts = {
          requireWellFormed: !!options.requireWellFormed,
          splitCDATASections: options.splitCDATASections !== false,
          nodeFilter: options.nodeFilter || null
        };
      } else {
        opts = { requireWellFormed: false, splitCDATASections: true, nodeFilter: null };
      }
      var buf = [];
      var refNode = this.nodeType === DOCUMENT_NODE && this.documentElement || this;
      var prefix = refNode.prefix;
      var uri = refNode.namespaceURI;
      if (uri && prefix == null) {
        var prefix = refNode.lookupPrefix(uri);
        if (prefix == null) {
          var visibleNamespaces = [
            { namespace: uri, prefix: null }
            //{namespace:uri,prefix:''}
          ];
        }
      }
      serializeToString(this, buf, visibleNamespaces, opts);
      return buf.join("");
    }
    function needNamespaceDefine(node, isHTML, visibleNamespaces) {
      var prefix = node.prefix || "";
      var uri = node.namespaceURI;
      if (!uri) {
        return false;
      }
      if (prefix === "xml" && uri === NAMESPACE.XML || uri === NAMESPACE.XMLNS) {
        return false;
      }
      var i = visibleNamespaces.length;
      while (i--) {
        var ns = visibleNamespaces[i];
        if (ns.prefix === prefix) {
          return ns.namespace !== uri;
        }
      }
      return true;
    }
    function addSerializedAttribute(buf, qualifiedName, value, requireWellFormed) {
      if (requireWellFormed && !g.QName_exact.test(qualifiedName)) {
        throw new DOMException(
          'The attribute name "' + qualifiedName + '" is not a valid XML QName',
          DOMExceptionName.InvalidStateError
        );
      }
      buf.push(" ", qualifiedName, '="', value.replace(/[<>&"\t\n\r]/g, _xmlEncoder), '"');
    }
    function serializeToString(node, buf, visibleNamespaces, opts) {
      if (!visibleNamespaces) {
        visibleNamespaces = [];
      }
      var nodeFilter = opts.nodeFilter;
      var requireWellFormed = opts.requireWellFormed;
      var splitCDATASections = opts.splitCDATASections;
      var doc = node.nodeType === DOCUMENT_NODE ? node : node.ownerDocument;
      var isHTML = doc.type === "html";
      walkDOM(
        node,
        { ns: visibleNamespaces },
        {
          enter: function(n, ctx) {
            var namespaces = ctx.ns;
            if (nodeFilter) {
              n = nodeFilter(n);
              if (n) {
                if (typeof n == "string") {
                  buf.push(n);
                  return null;
                }
              } else {
                return null;
              }
            }
            switch (n.nodeType) {
              case ELEMENT_NODE:
                var attrs = n.attributes;
                var len = attrs.length;
                var nodeName = n.tagName;
                var prefixedNodeName = nodeName;
                if (!isHTML && !n.prefix && n.namespaceURI) {
                  var defaultNS;
                  for (var ai = 0; ai < attrs.length; ai++) {
                    if (attrs.item(ai).name === "xmlns") {
                      defaultNS = attrs.item(ai).value;
                      break;
                    }
                  }
                  if (!defaultNS) {
                    for (var nsi = namespaces.length - 1; nsi >= 0; nsi--) {
                      var nsEntry = namespaces[nsi];
                      if (nsEntry.prefix === "" && nsEntry.namespace === n.namespaceURI) {
                        defaultNS = nsEntry.namespace;
                        break;
                      }
                    }
                  }
                  if (defaultNS !== n.namespaceURI) {
                    for (var nsi = namespaces.length - 1; nsi >= 0; nsi--) {
                      var nsEntry = namespaces[nsi];
                      if (nsEntry.namespace === n.namespaceURI) {
                        if (nsEntry.prefix) {
                          prefixedNodeName = nsEntry.prefix + ":" + nodeName;
                        }
                        break;
                      }
                    }
                  }
                }
                if (requireWellFormed && !g.QName_exact.test(prefixedNodeName)) {
                  throw new DOMException(
                    'The element name "' + prefixedNodeName + '" is not a valid XML QName',
                    DOMExceptionName.InvalidStateError
                  );
                }
                buf.push("<", prefixedNodeName);
                var childNamespaces = namespaces.slice();
                for (var i = 0; i < len; i++) {
                  var attr = attrs.item(i);
                  if (attr.prefix == "xmlns") {
                    childNamespaces.push({
                      prefix: attr.localName,
                      namespace: attr.value
                    });
                  } else if (attr.nodeName == "xmlns") {
                    childNamespaces.push({ prefix: "", namespace: attr.value });
                  }
                }
                for (var i = 0; i < len; i++) {
                  var attr = attrs.item(i);
                  if (needNamespaceDefine(attr, isHTML, childNamespaces)) {
                    var attrPrefix = attr.prefix || "";
                    var uri = attr.namespaceURI;
                    addSerializedAttribute(buf, attrPrefix ? "xmlns:" + attrPrefix : "xmlns", uri, requireWellFormed);
                    childNamespaces.push({ prefix: attrPrefix, namespace: uri });
                  }
                  var filteredAttr = nodeFilter ? nodeFilter(attr) : attr;
                  if (filteredAttr) {
                    if (typeof filteredAttr === "string") {
                      buf.push(filteredAttr);
                    } else {
                      addSerializedAttribute(buf, filteredAttr.name, filteredAttr.value, requireWellFormed);
                    }
                  }
                }
                if (nodeName === prefixedNodeName && needNamespaceDefine(n, isHTML, childNamespaces)) {
                  var nodePrefix = n.prefix || "";
                  var uri = n.namespaceURI;
                  addSerializedAttribute(buf, nodePrefix ? "xmlns:" + nodePrefix : "xmlns", uri, requireWellFormed);
                  childNamespaces.push({ prefix: nodePrefix, namespace: uri });
                }
                var canCloseTag = !n.firstChild;
                if (canCloseTag && (isHTML || n.namespaceURI === NAMESPACE.HTML)) {
                  canCloseTag = isHTMLVoidElement(nodeName);
                }
                if (canCloseTag) {
                  buf.push("/>");
                  return null;
                }
                buf.push(">");
                if (isHTML && isHTMLRawTextElement(nodeName)) {
                  var child = n.firstChild;
                  while (child) {
                    if (child.data) {
                      buf.push(child.data);
                    } else {
                      serializeToString(child, buf, childNamespaces.slice(), opts);
                    }
                    child = child.nextSibling;
                  }
                  buf.push("</", prefixedNodeName, ">");
                  return null;
                }
                return { ns: childNamespaces, tag: prefixedNodeName };
              case DOCUMENT_NODE:
              case DOCUMENT_FRAGMENT_NODE:
                if (requireWellFormed && n.nodeType === DOCUMENT_NODE && n.documentElement == null) {
                  throw new DOMException("The Document has no documentElement", DOMExceptionName.InvalidStateError);
                }
                return { ns: namespaces };
              case ATTRIBUTE_NODE:
                addSerializedAttribute(buf, n.name, n.value, requireWellFormed);
                return null;
              case TEXT_NODE:
                if (requireWellFormed && g.InvalidChar.test(n.data)) {
                  throw new DOMException(
                    "The Text node data contains characters outside the XML Char production",
                    DOMExceptionName.InvalidStateError
                  );
                }
                buf.push(n.data.replace(/[<&>]/g, _xmlEncoder));
                return null;
              case CDATA_SECTION_NODE:
                if (requireWellFormed && n.data.indexOf("]]>") !== -1) {
                  throw new DOMException('The CDATASection data contains "]]>"', DOMExceptionName.InvalidStateError);
                }
                if (splitCDATASections) {
                  buf.push(g.CDATA_START, n.data.replace(/]]>/g, "]]]]><![CDATA[>"), g.CDATA_END);
                } else {
                  buf.push(g.CDATA_START, n.data, g.CDATA_END);
                }
                return null;
              case COMMENT_NODE:
                if (requireWellFormed) {
                  if (g.InvalidChar.test(n.data)) {
                    throw new DOMException(
                      "The comment node data contains characters outside the XML Char production",
                      DOMExceptionName.InvalidStateError
                    );
                  }
                  if (n.data.indexOf("--") !== -1 || n.data[n.data.length - 1] === "-") {
                    throw new DOMException(
                      'The comment node data contains "--" or ends with "-"',
                      DOMExceptionName.InvalidStateError
                    );
                  }
                }
                buf.push(g.COMMENT_START, n.data, g.COMMENT_END);
                return null;
              case DOCUMENT_TYPE_NODE:
                var pubid = n.publicId;
                var sysid = n.systemId;
                if (requireWellFormed) {
                  if (!g.Name_exact.test(n.name)) {
                    throw new DOMException(
                      'The doctype name "' + n.name + '" is not a valid XML Name',
                      DOMExceptionName.InvalidStateError
                    );
                  }
                  if (pubid && !g.PubidLiteral_match.test(pubid)) {
                    throw new DOMException("DocumentType publicId is not a valid PubidLiteral", DOMExceptionName.InvalidStateError);
                  }
                  if (sysid && sysid !== "." && !g.SystemLiteral_match.test(sysid)) {
                    throw new DOMException("DocumentType systemId is not a valid SystemLiteral", DOMExceptionName.InvalidStateError);
                  }
                  if (n.internalSubset && n.internalSubset.indexOf("]>") !== -1) {
                    throw new DOMException('DocumentType internalSubset contains "]>"', DOMExceptionName.InvalidStateError);
                  }
                }
                buf.push(g.DOCTYPE_DECL_START, " ", n.name);
                if (pubid) {
                  buf.push(" ", g.PUBLIC, " ", pubid);
                  if (sysid && sysid !== ".") {
                    buf.push(" ", sysid);
                  }
                } else if (sysid && sysid !== ".") {
                  buf.push(" ", g.SYSTEM, " ", sysid);
                }
                if (n.internalSubset) {
                  buf.push(" [", n.internalSubset, "]");
                }
                buf.push(">");
                return null;
              case PROCESSING_INSTRUCTION_NODE:
                if (requireWellFormed) {
                  if (!g.NCName_exact.test(n.target) || n.target.toLowerCase() === "xml") {
                    throw new DOMException(
                      'The processing instruction target "' + n.target + '" is not a valid XML NCName or is reserved',
                      DOMExceptionName.InvalidStateError
                    );
                  }
                  if (g.InvalidChar.test(n.data)) {
                    throw new DOMException(
                      "The ProcessingInstruction data contains characters outside the XML Char production",
                      DOMExceptionName.InvalidStateError
                    );
                  }
                  if (n.data.indexOf("?>") !== -1) {
                    throw new DOMException('The ProcessingInstruction data contains "?>"', DOMExceptionName.InvalidStateError);
                  }
                }
                buf.push("<?", n.target, " ", n.data, "?>");
                return null;
              case ENTITY_REFERENCE_NODE:
                if (requireWellFormed && !g.Name_exact.test(n.nodeName)) {
                  throw new DOMException(
                    'The entity reference name "' + n.nodeName + '" is not a valid XML Name',
                    DOMExceptionName.InvalidStateError
                  );
                }
                buf.push("&", n.nodeName, ";");
                return null;
              //case ENTITY_NODE:
              //case NOTATION_NODE:
              default:
                buf.push("??", n.nodeName);
                return null;
            }
          },
          exit: function(n, childCtx) {
            if (childCtx && childCtx.tag) {
              buf.push("</", childCtx.tag, ">");
            }
          }
        }
      );
    }
    function importNode(doc, node, deep) {
      var destRoot;
      walkDOM(node, null, {
        enter: function(srcNode, destParent) {
          var destNode = srcNode.cloneNode(false);
          destNode.ownerDocument = doc;
          destNode.parentNode = null;
          if (destParent === null) {
            destRoot = destNode;
          } else {
            destParent.appendChild(destNode);
          }
          var shouldDeep = srcNode.nodeType === ATTRIBUTE_NODE || deep;
          return shouldDeep ? destNode : null;
        }
      });
      return destRoot;
    }
    function cloneNode(doc, node, deep) {
      var destRoot;
      walkDOM(node, null, {
        enter: function(srcNode, destParent) {
          var destNode = new srcNode.constructor(PDC);
          for (var n in srcNode) {
            if (hasOwn(srcNode, n)) {
              var v = srcNode[n];
              if (typeof v != "object") {
                if (v != destNode[n]) {
                  destNode[n] = v;
                }
              }
            }
          }
          if (srcNode.childNodes) {
            destNode.childNodes = new NodeList();
          }
          destNode.ownerDocument = doc;
          var shouldDeep = deep;
          switch (destNode.nodeType) {
            case ELEMENT_NODE:
              var attrs = srcNode.attributes;
              var attrs2 = destNode.attributes = new NamedNodeMap();
              var len = attrs.length;
              attrs2._ownerElement = destNode;
              for (var i = 0; i < len; i++) {
                destNode.setAttributeNode(cloneNode(doc, attrs.item(i), true));
              }
              break;
            case ATTRIBUTE_NODE:
              shouldDeep = true;
          }
          if (destParent !== null) {
            destParent.appendChild(destNode);
          } else {
            destRoot = destNode;
          }
          return shouldDeep ? destNode : null;
        }
      });
      return destRoot;
    }
    function __set__(object, key, value) {
      object[key] = value;
    }
    function childrenRefresh(node) {
      var ls = [];
      var child = node.firstChild;
      while (child) {
        if (child.nodeType === ELEMENT_NODE) {
          ls.push(child);
        }
        child = child.nextSibling;
      }
      return ls;
    }
    try {
      if (Object.defineProperty) {
        Object.defineProperty(LiveNodeList.prototype, "length", {
          get: function() {
            _updateLiveList(this);
            return this.$$length;
          }
        });
        Object.defineProperty(Node.prototype, "textContent", {
          get: function() {
            if (this.nodeType === ELEMENT_NODE || this.nodeType === DOCUMENT_FRAGMENT_NODE) {
              var buf = [];
              walkDOM(this, null, {
                enter: function(n) {
                  if (n.nodeType === ELEMENT_NODE || n.nodeType === DOCUMENT_FRAGMENT_NODE) {
                    return true;
                  }
                  if (n.nodeType === PROCESSING_INSTRUCTION_NODE || n.nodeType === COMMENT_NODE) {
                    return null;
                  }
                  buf.push(n.nodeValue);
                }
              });
              return buf.join("");
            }
            return this.nodeValue;
          },
          set: function(data) {
            switch (this.nodeType) {
              case ELEMENT_NODE:
              case DOCUMENT_FRAGMENT_NODE:
                while (this.firstChild) {
                  this.removeChild(this.firstChild);
                }
                if (data || String(data)) {
                  this.appendChild(this.ownerDocument.createTextNode(data));
                }
                break;
              default:
                this.data = data;
                this.value = data;
                this.nodeValue = data;
            }
          }
        });
        Object.defineProperty(CharacterData.prototype, "data", {
          get: function() {
            return this._data != null ? this._data : "";
          },
          set: function(v) {
            this._data = v;
            this.length = typeof v === "string" ? v.length : 0;
          }
        });
        Object.defineProperty(CharacterData.prototype, "nodeValue", {
          get: function() {
            return this.data;
          },
          set: function(v) {
            this.data = v;
          },
          enumerable: true,
          configurable: true
        });
        Object.defineProperty(Element.prototype, "children", {
          get: function() {
            return new LiveNodeList(this, childrenRefresh);
          }
        });
        Object.defineProperty(Document.prototype, "children", {
          get: function() {
            return new LiveNodeList(this, childrenRefresh);
          }
        });
        Object.defineProperty(DocumentFragment.prototype, "children", {
          get: function() {
            return new LiveNodeList(this, childrenRefresh);
          }
        });
        __set__ = function(object, key, value) {
          object["$$" + key] = value;
        };
      }
    } catch (e) {
    }
    exports2._updateLiveList = _updateLiveList;
    exports2.Attr = Attr;
    exports2.CDATASection = CDATASection;
    exports2.CharacterData = CharacterData;
    exports2.Comment = Comment;
    exports2.Document = Document;
    exports2.DocumentFragment = DocumentFragment;
    exports2.DocumentType = DocumentType;
    exports2.DOMImplementation = DOMImplementation;
    exports2.Element = Element;
    exports2.Entity = Entity;
    exports2.EntityReference = EntityReference;
    exports2.LiveNodeList = LiveNodeList;
    exports2.NamedNodeMap = NamedNodeMap;
    exports2.Node = Node;
    exports2.NodeList = NodeList;
    exports2.Notation = Notation;
    exports2.Text = Text;
    exports2.ProcessingInstruction = ProcessingInstruction;
    exports2.walkDOM = walkDOM;
    exports2.XMLSerializer = XMLSerializer;
  }
});

// node_modules/@xmldom/xmldom/lib/entities.js
var require_entities = __commonJS({
  "node_modules/@xmldom/xmldom/lib/entities.js"(exports2) {
    "use strict";
    var freeze = require_conventions().freeze;
    exports2.XML_ENTITIES = freeze({
      amp: "&",
      apos: "'",
      gt: ">",
      lt: "<",
      quot: '"'
    });
    exports2.HTML_ENTITIES = freeze({
      Aacute: "\xC1",
      aacute: "\xE1",
      Abreve: "\u0102",
      abreve: "\u0103",
      ac: "\u223E",
      acd: "\u223F",
      acE: "\u223E\u0333",
      Acirc: "\xC2",
      acirc: "\xE2",
      acute: "\xB4",
      Acy: "\u0410",
      acy: "\u0430",
      AElig: "\xC6",
      aelig: "\xE6",
      af: "\u2061",
      Afr: "\u{1D504}",
      afr: "\u{1D51E}",
      Agrave: "\xC0",
      agrave: "\xE0",
      alefsym: "\u2135",
      aleph: "\u2135",
      Alpha: "\u0391",
      alpha: "\u03B1",
      Amacr: "\u0100",
      amacr: "\u0101",
      amalg: "\u2A3F",
      AMP: "&",
      amp: "&",
      And: "\u2A53",
      and: "\u2227",
      andand: "\u2A55",
      andd: "\u2A5C",
      andslope: "\u2A58",
      andv: "\u2A5A",
      ang: "\u2220",
      ange: "\u29A4",
      angle: "\u2220",
      angmsd: "\u2221",
      angmsdaa: "\u29A8",
      angmsdab: "\u29A9",
      angmsdac: "\u29AA",
      angmsdad: "\u29AB",
      angmsdae: "\u29AC",
      angmsdaf: "\u29AD",
      angmsdag: "\u29AE",
      angmsdah: "\u29AF",
      angrt: "\u221F",
      angrtvb: "\u22BE",
      angrtvbd: "\u299D",
      angsph: "\u2222",
      angst: "\xC5",
      angzarr: "\u237C",
      Aogon: "\u0104",
      aogon: "\u0105",
      Aopf: "\u{1D538}",
      aopf: "\u{1D552}",
      ap: "\u2248",
      apacir: "\u2A6F",
      apE: "\u2A70",
      ape: "\u224A",
      apid: "\u224B",
      apos: "'",
      ApplyFunction: "\u2061",
      approx: "\u2248",
      approxeq: "\u224A",
      Aring: "\xC5",
      aring: "\xE5",
      Ascr: "\u{1D49C}",
      ascr: "\u{1D4B6}",
      Assign: "\u2254",
      ast: "*",
      asymp: "\u2248",
      asympeq: "\u224D",
      Atilde: "\xC3",
      atilde: "\xE3",
      Auml: "\xC4",
      auml: "\xE4",
      awconint: "\u2233",
      awint: "\u2A11",
      backcong: "\u224C",
      backepsilon: "\u03F6",
      backprime: "\u2035",
      backsim: "\u223D",
      backsimeq: "\u22CD",
      Backslash: "\u2216",
      Barv: "\u2AE7",
      barvee: "\u22BD",
      Barwed: "\u2306",
      barwed: "\u2305",
      barwedge: "\u2305",
      bbrk: "\u23B5",
      bbrktbrk: "\u23B6",
      bcong: "\u224C",
      Bcy: "\u0411",
      bcy: "\u0431",
      bdquo: "\u201E",
      becaus: "\u2235",
      Because: "\u2235",
      because: "\u2235",
      bemptyv: "\u29B0",
      bepsi: "\u03F6",
      bernou: "\u212C",
      Bernoullis: "\u212C",
      Beta: "\u0392",
      beta: "\u03B2",
      beth: "\u2136",
      between: "\u226C",
      Bfr: "\u{1D505}",
      bfr: "\u{1D51F}",
      bigcap: "\u22C2",
      bigcirc: "\u25EF",
      bigcup: "\u22C3",
      bigodot: "\u2A00",
      bigoplus: "\u2A01",
      bigotimes: "\u2A02",
      bigsqcup: "\u2A06",
      bigstar: "\u2605",
      bigtriangledown: "\u25BD",
      bigtriangleup: "\u25B3",
      biguplus: "\u2A04",
      bigvee: "\u22C1",
      bigwedge: "\u22C0",
      bkarow: "\u290D",
      blacklozenge: "\u29EB",
      blacksquare: "\u25AA",
      blacktriangle: "\u25B4",
      blacktriangledown: "\u25BE",
      blacktriangleleft: "\u25C2",
      blacktriangleright: "\u25B8",
      blank: "\u2423",
      blk12: "\u2592",
      blk14: "\u2591",
      blk34: "\u2593",
      block: "\u2588",
      bne: "=\u20E5",
      bnequiv: "\u2261\u20E5",
      bNot: "\u2AED",
      bnot: "\u2310",
      Bopf: "\u{1D539}",
      bopf: "\u{1D553}",
      bot: "\u22A5",
      bottom: "\u22A5",
      bowtie: "\u22C8",
      boxbox: "\u29C9",
      boxDL: "\u2557",
      boxDl: "\u2556",
      boxdL: "\u2555",
      boxdl: "\u2510",
      boxDR: "\u2554",
      boxDr: "\u2553",
      boxdR: "\u2552",
      boxdr: "\u250C",
      boxH: "\u2550",
      boxh: "\u2500",
      boxHD: "\u2566",
      boxHd: "\u2564",
      boxhD: "\u2565",
      boxhd: "\u252C",
      boxHU: "\u2569",
      boxHu: "\u2567",
      boxhU: "\u2568",
      boxhu: "\u2534",
      boxminus: "\u229F",
      boxplus: "\u229E",
      boxtimes: "\u22A0",
      boxUL: "\u255D",
      boxUl: "\u255C",
      boxuL: "\u255B",
      boxul: "\u2518",
      boxUR: "\u255A",
      boxUr: "\u2559",
      boxuR: "\u2558",
      boxur: "\u2514",
      boxV: "\u2551",
      boxv: "\u2502",
      boxVH: "\u256C",
      boxVh: "\u256B",
      boxvH: "\u256A",
      boxvh: "\u253C",
      boxVL: "\u2563",
      boxVl: "\u2562",
      boxvL: "\u2561",
      boxvl: "\u2524",
      boxVR: "\u2560",
      boxVr: "\u255F",
      boxvR: "\u255E",
      boxvr: "\u251C",
      bprime: "\u2035",
      Breve: "\u02D8",
      breve: "\u02D8",
      brvbar: "\xA6",
      Bscr: "\u212C",
      bscr: "\u{1D4B7}",
      bsemi: "\u204F",
      bsim: "\u223D",
      bsime: "\u22CD",
      bsol: "\\",
      bsolb: "\u29C5",
      bsolhsub: "\u27C8",
      bull: "\u2022",
      bullet: "\u2022",
      bump: "\u224E",
      bumpE: "\u2AAE",
      bumpe: "\u224F",
      Bumpeq: "\u224E",
      bumpeq: "\u224F",
      Cacute: "\u0106",
      cacute: "\u0107",
      Cap: "\u22D2",
      cap: "\u2229",
      capand: "\u2A44",
      capbrcup: "\u2A49",
      capcap: "\u2A4B",
      capcup: "\u2A47",
      capdot: "\u2A40",
      CapitalDifferentialD: "\u2145",
      caps: "\u2229\uFE00",
      caret: "\u2041",
      caron: "\u02C7",
      Cayleys: "\u212D",
      ccaps: "\u2A4D",
      Ccaron: "\u010C",
      ccaron: "\u010D",
      Ccedil: "\xC7",
      ccedil: "\xE7",
      Ccirc: "\u0108",
      ccirc: "\u0109",
      Cconint: "\u2230",
      ccups: "\u2A4C",
      ccupssm: "\u2A50",
      Cdot: "\u010A",
      cdot: "\u010B",
      cedil: "\xB8",
      Cedilla: "\xB8",
      cemptyv: "\u29B2",
      cent: "\xA2",
      CenterDot: "\xB7",
      centerdot: "\xB7",
      Cfr: "\u212D",
      cfr: "\u{1D520}",
      CHcy: "\u0427",
      chcy: "\u0447",
      check: "\u2713",
      checkmark: "\u2713",
      Chi: "\u03A7",
      chi: "\u03C7",
      cir: "\u25CB",
      circ: "\u02C6",
      circeq: "\u2257",
      circlearrowleft: "\u21BA",
      circlearrowright: "\u21BB",
      circledast: "\u229B",
      circledcirc: "\u229A",
      circleddash: "\u229D",
      CircleDot: "\u2299",
      circledR: "\xAE",
      circledS: "\u24C8",
      CircleMinus: "\u2296",
      CirclePlus: "\u2295",
      CircleTimes: "\u2297",
      cirE: "\u29C3",
      cire: "\u2257",
      cirfnint: "\u2A10",
      cirmid: "\u2AEF",
      cirscir: "\u29C2",
      ClockwiseContourIntegral: "\u2232",
      CloseCurlyDoubleQuote: "\u201D",
      CloseCurlyQuote: "\u2019",
      clubs: "\u2663",
      clubsuit: "\u2663",
      Colon: "\u2237",
      colon: ":",
      Colone: "\u2A74",
      colone: "\u2254",
      coloneq: "\u2254",
      comma: ",",
      commat: "@",
      comp: "\u2201",
      compfn: "\u2218",
      complement: "\u2201",
      complexes: "\u2102",
      cong: "\u2245",
      congdot: "\u2A6D",
      Congruent: "\u2261",
      Conint: "\u222F",
      conint: "\u222E",
      ContourIntegral: "\u222E",
      Copf: "\u2102",
      copf: "\u{1D554}",
      coprod: "\u2210",
      Coproduct: "\u2210",
      COPY: "\xA9",
      copy: "\xA9",
      copysr: "\u2117",
      CounterClockwiseContourIntegral: "\u2233",
      crarr: "\u21B5",
      Cross: "\u2A2F",
      cross: "\u2717",
      Cscr: "\u{1D49E}",
      cscr: "\u{1D4B8}",
      csub: "\u2ACF",
      csube: "\u2AD1",
      csup: "\u2AD0",
      csupe: "\u2AD2",
      ctdot: "\u22EF",
      cudarrl: "\u2938",
      cudarrr: "\u2935",
      cuepr: "\u22DE",
      cuesc: "\u22DF",
      cularr: "\u21B6",
      cularrp: "\u293D",
      Cup: "\u22D3",
      cup: "\u222A",
      cupbrcap: "\u2A48",
      CupCap: "\u224D",
      cupcap: "\u2A46",
      cupcup: "\u2A4A",
      cupdot: "\u228D",
      cupor: "\u2A45",
      cups: "\u222A\uFE00",
      curarr: "\u21B7",
      curarrm: "\u293C",
      curlyeqprec: "\u22DE",
      curlyeqsucc: "\u22DF",
      curlyvee: "\u22CE",
      curlywedge: "\u22CF",
      curren: "\xA4",
      curvearrowleft: "\u21B6",
      curvearrowright: "\u21B7",
      cuvee: "\u22CE",
      cuwed: "\u22CF",
      cwconint: "\u2232",
      cwint: "\u2231",
      cylcty: "\u232D",
      Dagger: "\u2021",
      dagger: "\u2020",
      daleth: "\u2138",
      Darr: "\u21A1",
      dArr: "\u21D3",
      darr: "\u2193",
      dash: "\u2010",
      Dashv: "\u2AE4",
      dashv: "\u22A3",
      dbkarow: "\u290F",
      dblac: "\u02DD",
      Dcaron: "\u010E",
      dcaron: "\u010F",
      Dcy: "\u0414",
      dcy: "\u0434",
      DD: "\u2145",
      dd: "\u2146",
      ddagger: "\u2021",
      ddarr: "\u21CA",
      DDotrahd: "\u2911",
      ddotseq: "\u2A77",
      deg: "\xB0",
      Del: "\u2207",
      Delta: "\u0394",
      delta: "\u03B4",
      demptyv: "\u29B1",
      dfisht: "\u297F",
      Dfr: "\u{1D507}",
      dfr: "\u{1D521}",
      dHar: "\u2965",
      dharl: "\u21C3",
      dharr: "\u21C2",
      DiacriticalAcute: "\xB4",
      DiacriticalDot: "\u02D9",
      DiacriticalDoubleAcute: "\u02DD",
      DiacriticalGrave: "`",
      DiacriticalTilde: "\u02DC",
      diam: "\u22C4",
      Diamond: "\u22C4",
      diamond: "\u22C4",
      diamondsuit: "\u2666",
      diams: "\u2666",
      die: "\xA8",
      DifferentialD: "\u2146",
      digamma: "\u03DD",
      disin: "\u22F2",
      div: "\xF7",
      divide: "\xF7",
      divideontimes: "\u22C7",
      divonx: "\u22C7",
      DJcy: "\u0402",
      djcy: "\u0452",
      dlcorn: "\u231E",
      dlcrop: "\u230D",
      dollar: "$",
      Dopf: "\u{1D53B}",
      dopf: "\u{1D555}",
      Dot: "\xA8",
      dot: "\u02D9",
      DotDot: "\u20DC",
      doteq: "\u2250",
      doteqdot: "\u2251",
      DotEqual: "\u2250",
      dotminus: "\u2238",
      dotplus: "\u2214",
      dotsquare: "\u22A1",
      doublebarwedge: "\u2306",
      DoubleContourIntegral: "\u222F",
      DoubleDot: "\xA8",
      DoubleDownArrow: "\u21D3",
      DoubleLeftArrow: "\u21D0",
      DoubleLeftRightArrow: "\u21D4",
      DoubleLeftTee: "\u2AE4",
      DoubleLongLeftArrow: "\u27F8",
      DoubleLongLeftRightArrow: "\u27FA",
      DoubleLongRightArrow: "\u27F9",
      DoubleRightArrow: "\u21D2",
      DoubleRightTee: "\u22A8",
      DoubleUpArrow: "\u21D1",
      DoubleUpDownArrow: "\u21D5",
      DoubleVerticalBar: "\u2225",
      DownArrow: "\u2193",
      Downarrow: "\u21D3",
      downarrow: "\u2193",
      DownArrowBar: "\u2913",
      DownArrowUpArrow: "\u21F5",
      DownBreve: "\u0311",
      downdownarrows: "\u21CA",
      downharpoonleft: "\u21C3",
      downharpoonright: "\u21C2",
      DownLeftRightVector: "\u2950",
      DownLeftTeeVector: "\u295E",
      DownLeftVector: "\u21BD",
      DownLeftVectorBar: "\u2956",
      DownRightTeeVector: "\u295F",
      DownRightVector: "\u21C1",
      DownRightVectorBar: "\u2957",
      DownTee: "\u22A4",
      DownTeeArrow: "\u21A7",
      drbkarow: "\u2910",
      drcorn: "\u231F",
      drcrop: "\u230C",
      Dscr: "\u{1D49F}",
      dscr: "\u{1D4B9}",
      DScy: "\u0405",
      dscy: "\u0455",
      dsol: "\u29F6",
      Dstrok: "\u0110",
      dstrok: "\u0111",
      dtdot: "\u22F1",
      dtri: "\u25BF",
      dtrif: "\u25BE",
      duarr: "\u21F5",
      duhar: "\u296F",
      dwangle: "\u29A6",
      DZcy: "\u040F",
      dzcy: "\u045F",
      dzigrarr: "\u27FF",
      Eacute: "\xC9",
      eacute: "\xE9",
      easter: "\u2A6E",
      Ecaron: "\u011A",
      ecaron: "\u011B",
      ecir: "\u2256",
      Ecirc: "\xCA",
      ecirc: "\xEA",
      ecolon: "\u2255",
      Ecy: "\u042D",
      ecy: "\u044D",
      eDDot: "\u2A77",
      Edot: "\u0116",
      eDot: "\u2251",
      edot: "\u0117",
      ee: "\u2147",
      efDot: "\u2252",
      Efr: "\u{1D508}",
      efr: "\u{1D522}",
      eg: "\u2A9A",
      Egrave: "\xC8",
      egrave: "\xE8",
      egs: "\u2A96",
      egsdot: "\u2A98",
      el: "\u2A99",
      Element: "\u2208",
      elinters: "\u23E7",
      ell: "\u2113",
      els: "\u2A95",
      elsdot: "\u2A97",
      Emacr: "\u0112",
      emacr: "\u0113",
      empty: "\u2205",
      emptyset: "\u2205",
      EmptySmallSquare: "\u25FB",
      emptyv: "\u2205",
      EmptyVerySmallSquare: "\u25AB",
      emsp: "\u2003",
      emsp13: "\u2004",
      emsp14: "\u2005",
      ENG: "\u014A",
      eng: "\u014B",
      ensp: "\u2002",
      Eogon: "\u0118",
      eogon: "\u0119",
      Eopf: "\u{1D53C}",
      eopf: "\u{1D556}",
      epar: "\u22D5",
      eparsl: "\u29E3",
      eplus: "\u2A71",
      epsi: "\u03B5",
      Epsilon: "\u0395",
      epsilon: "\u03B5",
      epsiv: "\u03F5",
      eqcirc: "\u2256",
      eqcolon: "\u2255",
      eqsim: "\u2242",
      eqslantgtr: "\u2A96",
      eqslantless: "\u2A95",
      Equal: "\u2A75",
      equals: "=",
      EqualTilde: "\u2242",
      equest: "\u225F",
      Equilibrium: "\u21CC",
      equiv: "\u2261",
      equivDD: "\u2A78",
      eqvparsl: "\u29E5",
      erarr: "\u2971",
      erDot: "\u2253",
      Escr: "\u2130",
      escr: "\u212F",
      esdot: "\u2250",
      Esim: "\u2A73",
      esim: "\u2242",
      Eta: "\u0397",
      eta: "\u03B7",
      ETH: "\xD0",
      eth: "\xF0",
      Euml: "\xCB",
      euml: "\xEB",
      euro: "\u20AC",
      excl: "!",
      exist: "\u2203",
      Exists: "\u2203",
      expectation: "\u2130",
      ExponentialE: "\u2147",
      exponentiale: "\u2147",
      fallingdotseq: "\u2252",
      Fcy: "\u0424",
      fcy: "\u0444",
      female: "\u2640",
      ffilig: "\uFB03",
      fflig: "\uFB00",
      ffllig: "\uFB04",
      Ffr: "\u{1D509}",
      ffr: "\u{1D523}",
      filig: "\uFB01",
      FilledSmallSquare: "\u25FC",
      FilledVerySmallSquare: "\u25AA",
      fjlig: "fj",
      flat: "\u266D",
      fllig: "\uFB02",
      fltns: "\u25B1",
      fnof: "\u0192",
      Fopf: "\u{1D53D}",
      fopf: "\u{1D557}",
      ForAll: "\u2200",
      forall: "\u2200",
      fork: "\u22D4",
      forkv: "\u2AD9",
      Fouriertrf: "\u2131",
      fpartint: "\u2A0D",
      frac12: "\xBD",
      frac13: "\u2153",
      frac14: "\xBC",
      frac15: "\u2155",
      frac16: "\u2159",
      frac18: "\u215B",
      frac23: "\u2154",
      frac25: "\u2156",
      frac34: "\xBE",
      frac35: "\u2157",
      frac38: "\u215C",
      frac45: "\u2158",
      frac56: "\u215A",
      frac58: "\u215D",
      frac78: "\u215E",
      frasl: "\u2044",
      frown: "\u2322",
      Fscr: "\u2131",
      fscr: "\u{1D4BB}",
      gacute: "\u01F5",
      Gamma: "\u0393",
      gamma: "\u03B3",
      Gammad: "\u03DC",
      gammad: "\u03DD",
      gap: "\u2A86",
      Gbreve: "\u011E",
      gbreve: "\u011F",
      Gcedil: "\u0122",
      Gcirc: "\u011C",
      gcirc: "\u011D",
      Gcy: "\u0413",
      gcy: "\u0433",
      Gdot: "\u0120",
      gdot: "\u0121",
      gE: "\u2267",
      ge: "\u2265",
      gEl: "\u2A8C",
      gel: "\u22DB",
      geq: "\u2265",
      geqq: "\u2267",
      geqslant: "\u2A7E",
      ges: "\u2A7E",
      gescc: "\u2AA9",
      gesdot: "\u2A80",
      gesdoto: "\u2A82",
      gesdotol: "\u2A84",
      gesl: "\u22DB\uFE00",
      gesles: "\u2A94",
      Gfr: "\u{1D50A}",
      gfr: "\u{1D524}",
      Gg: "\u22D9",
      gg: "\u226B",
      ggg: "\u22D9",
      gimel: "\u2137",
      GJcy: "\u0403",
      gjcy: "\u0453",
      gl: "\u2277",
      gla: "\u2AA5",
      glE: "\u2A92",
      glj: "\u2AA4",
      gnap: "\u2A8A",
      gnapprox: "\u2A8A",
      gnE: "\u2269",
      gne: "\u2A88",
      gneq: "\u2A88",
      gneqq: "\u2269",
      gnsim: "\u22E7",
      Gopf: "\u{1D53E}",
      gopf: "\u{1D558}",
      grave: "`",
      GreaterEqual: "\u2265",
      GreaterEqualLess: "\u22DB",
      GreaterFullEqual: "\u2267",
      GreaterGreater: "\u2AA2",
      GreaterLess: "\u2277",
      GreaterSlantEqual: "\u2A7E",
      GreaterTilde: "\u2273",
      Gscr: "\u{1D4A2}",
      gscr: "\u210A",
      gsim: "\u2273",
      gsime: "\u2A8E",
      gsiml: "\u2A90",
      Gt: "\u226B",
      GT: ">",
      gt: ">",
      gtcc: "\u2AA7",
      gtcir: "\u2A7A",
      gtdot: "\u22D7",
      gtlPar: "\u2995",
      gtquest: "\u2A7C",
      gtrapprox: "\u2A86",
      gtrarr: "\u2978",
      gtrdot: "\u22D7",
      gtreqless: "\u22DB",
      gtreqqless: "\u2A8C",
      gtrless: "\u2277",
      gtrsim: "\u2273",
      gvertneqq: "\u2269\uFE00",
      gvnE: "\u2269\uFE00",
      Hacek: "\u02C7",
      hairsp: "\u200A",
      half: "\xBD",
      hamilt: "\u210B",
      HARDcy: "\u042A",
      hardcy: "\u044A",
      hArr: "\u21D4",
      harr: "\u2194",
      harrcir: "\u2948",
      harrw: "\u21AD",
      Hat: "^",
      hbar: "\u210F",
      Hcirc: "\u0124",
      hcirc: "\u0125",
      hearts: "\u2665",
      heartsuit: "\u2665",
      hellip: "\u2026",
      hercon: "\u22B9",
      Hfr: "\u210C",
      hfr: "\u{1D525}",
      HilbertSpace: "\u210B",
      hksearow: "\u2925",
      hkswarow: "\u2926",
      hoarr: "\u21FF",
      homtht: "\u223B",
      hookleftarrow: "\u21A9",
      hookrightarrow: "\u21AA",
      Hopf: "\u210D",
      hopf: "\u{1D559}",
      horbar: "\u2015",
      HorizontalLine: "\u2500",
      Hscr: "\u210B",
      hscr: "\u{1D4BD}",
      hslash: "\u210F",
      Hstrok: "\u0126",
      hstrok: "\u0127",
      HumpDownHump: "\u224E",
      HumpEqual: "\u224F",
      hybull: "\u2043",
      hyphen: "\u2010",
      Iacute: "\xCD",
      iacute: "\xED",
      ic: "\u2063",
      Icirc: "\xCE",
      icirc: "\xEE",
      Icy: "\u0418",
      icy: "\u0438",
      Idot: "\u0130",
      IEcy: "\u0415",
      iecy: "\u0435",
      iexcl: "\xA1",
      iff: "\u21D4",
      Ifr: "\u2111",
      ifr: "\u{1D526}",
      Igrave: "\xCC",
      igrave: "\xEC",
      ii: "\u2148",
      iiiint: "\u2A0C",
      iiint: "\u222D",
      iinfin: "\u29DC",
      iiota: "\u2129",
      IJlig: "\u0132",
      ijlig: "\u0133",
      Im: "\u2111",
      Imacr: "\u012A",
      imacr: "\u012B",
      image: "\u2111",
      ImaginaryI: "\u2148",
      imagline: "\u2110",
      imagpart: "\u2111",
      imath: "\u0131",
      imof: "\u22B7",
      imped: "\u01B5",
      Implies: "\u21D2",
      in: "\u2208",
      incare: "\u2105",
      infin: "\u221E",
      infintie: "\u29DD",
      inodot: "\u0131",
      Int: "\u222C",
      int: "\u222B",
      intcal: "\u22BA",
      integers: "\u2124",
      Integral: "\u222B",
      intercal: "\u22BA",
      Intersection: "\u22C2",
      intlarhk: "\u2A17",
      intprod: "\u2A3C",
      InvisibleComma: "\u2063",
      InvisibleTimes: "\u2062",
      IOcy: "\u0401",
      iocy: "\u0451",
      Iogon: "\u012E",
      iogon: "\u012F",
      Iopf: "\u{1D540}",
      iopf: "\u{1D55A}",
      Iota: "\u0399",
      iota: "\u03B9",
      iprod: "\u2A3C",
      iquest: "\xBF",
      Iscr: "\u2110",
      iscr: "\u{1D4BE}",
      isin: "\u2208",
      isindot: "\u22F5",
      isinE: "\u22F9",
      isins: "\u22F4",
      isinsv: "\u22F3",
      isinv: "\u2208",
      it: "\u2062",
      Itilde: "\u0128",
      itilde: "\u0129",
      Iukcy: "\u0406",
      iukcy: "\u0456",
      Iuml: "\xCF",
      iuml: "\xEF",
      Jcirc: "\u0134",
      jcirc: "\u0135",
      Jcy: "\u0419",
      jcy: "\u0439",
      Jfr: "\u{1D50D}",
      jfr: "\u{1D527}",
      jmath: "\u0237",
      Jopf: "\u{1D541}",
      jopf: "\u{1D55B}",
      Jscr: "\u{1D4A5}",
      jscr: "\u{1D4BF}",
      Jsercy: "\u0408",
      jsercy: "\u0458",
      Jukcy: "\u0404",
      jukcy: "\u0454",
      Kappa: "\u039A",
      kappa: "\u03BA",
      kappav: "\u03F0",
      Kcedil: "\u0136",
      kcedil: "\u0137",
      Kcy: "\u041A",
      kcy: "\u043A",
      Kfr: "\u{1D50E}",
      kfr: "\u{1D528}",
      kgreen: "\u0138",
      KHcy: "\u0425",
      khcy: "\u0445",
      KJcy: "\u040C",
      kjcy: "\u045C",
      Kopf: "\u{1D542}",
      kopf: "\u{1D55C}",
      Kscr: "\u{1D4A6}",
      kscr: "\u{1D4C0}",
      lAarr: "\u21DA",
      Lacute: "\u0139",
      lacute: "\u013A",
      laemptyv: "\u29B4",
      lagran: "\u2112",
      Lambda: "\u039B",
      lambda: "\u03BB",
      Lang: "\u27EA",
      lang: "\u27E8",
      langd: "\u2991",
      langle: "\u27E8",
      lap: "\u2A85",
      Laplacetrf: "\u2112",
      laquo: "\xAB",
      Larr: "\u219E",
      lArr: "\u21D0",
      larr: "\u2190",
      larrb: "\u21E4",
      larrbfs: "\u291F",
      larrfs: "\u291D",
      larrhk: "\u21A9",
      larrlp: "\u21AB",
      larrpl: "\u2939",
      larrsim: "\u2973",
      larrtl: "\u21A2",
      lat: "\u2AAB",
      lAtail: "\u291B",
      latail: "\u2919",
      late: "\u2AAD",
      lates: "\u2AAD\uFE00",
      lBarr: "\u290E",
      lbarr: "\u290C",
      lbbrk: "\u2772",
      lbrace: "{",
      lbrack: "[",
      lbrke: "\u298B",
      lbrksld: "\u298F",
      lbrkslu: "\u298D",
      Lcaron: "\u013D",
      lcaron: "\u013E",
      Lcedil: "\u013B",
      lcedil: "\u013C",
      lceil: "\u2308",
      lcub: "{",
      Lcy: "\u041B",
      lcy: "\u043B",
      ldca: "\u2936",
      ldquo: "\u201C",
      ldquor: "\u201E",
      ldrdhar: "\u2967",
      ldrushar: "\u294B",
      ldsh: "\u21B2",
      lE: "\u2266",
      le: "\u2264",
      LeftAngleBracket: "\u27E8",
      LeftArrow: "\u2190",
      Leftarrow: "\u21D0",
      leftarrow: "\u2190",
      LeftArrowBar: "\u21E4",
      LeftArrowRightArrow: "\u21C6",
      leftarrowtail: "\u21A2",
      LeftCeiling: "\u2308",
      LeftDoubleBracket: "\u27E6",
      LeftDownTeeVector: "\u2961",
      LeftDownVector: "\u21C3",
      LeftDownVectorBar: "\u2959",
      LeftFloor: "\u230A",
      leftharpoondown: "\u21BD",
      leftharpoonup: "\u21BC",
      leftleftarrows: "\u21C7",
      LeftRightArrow: "\u2194",
      Leftrightarrow: "\u21D4",
      leftrightarrow: "\u2194",
      leftrightarrows: "\u21C6",
      leftrightharpoons: "\u21CB",
      leftrightsquigarrow: "\u21AD",
      LeftRightVector: "\u294E",
      LeftTee: "\u22A3",
      LeftTeeArrow: "\u21A4",
      LeftTeeVector: "\u295A",
      leftthreetimes: "\u22CB",
      LeftTriangle: "\u22B2",
      LeftTriangleBar: "\u29CF",
      LeftTriangleEqual: "\u22B4",
      LeftUpDownVector: "\u2951",
      LeftUpTeeVector: "\u2960",
      LeftUpVector: "\u21BF",
      LeftUpVectorBar: "\u2958",
      LeftVector: "\u21BC",
      LeftVectorBar: "\u2952",
      lEg: "\u2A8B",
      leg: "\u22DA",
      leq: "\u2264",
      leqq: "\u2266",
      leqslant: "\u2A7D",
      les: "\u2A7D",
      lescc: "\u2AA8",
      lesdot: "\u2A7F",
      lesdoto: "\u2A81",
      lesdotor: "\u2A83",
      lesg: "\u22DA\uFE00",
      lesges: "\u2A93",
      lessapprox: "\u2A85",
      lessdot: "\u22D6",
      lesseqgtr: "\u22DA",
      lesseqqgtr: "\u2A8B",
      LessEqualGreater: "\u22DA",
      LessFullEqual: "\u2266",
      LessGreater: "\u2276",
      lessgtr: "\u2276",
      LessLess: "\u2AA1",
      lesssim: "\u2272",
      LessSlantEqual: "\u2A7D",
      LessTilde: "\u2272",
      lfisht: "\u297C",
      lfloor: "\u230A",
      Lfr: "\u{1D50F}",
      lfr: "\u{1D529}",
      lg: "\u2276",
      lgE: "\u2A91",
      lHar: "\u2962",
      lhard: "\u21BD",
      lharu: "\u21BC",
      lharul: "\u296A",
      lhblk: "\u2584",
      LJcy: "\u0409",
      ljcy: "\u0459",
      Ll: "\u22D8",
      ll: "\u226A",
      llarr: "\u21C7",
      llcorner: "\u231E",
      Lleftarrow: "\u21DA",
      llhard: "\u296B",
      lltri: "\u25FA",
      Lmidot: "\u013F",
      lmidot: "\u0140",
      lmoust: "\u23B0",
      lmoustache: "\u23B0",
      lnap: "\u2A89",
      lnapprox: "\u2A89",
      lnE: "\u2268",
      lne: "\u2A87",
      lneq: "\u2A87",
      lneqq: "\u2268",
      lnsim: "\u22E6",
      loang: "\u27EC",
      loarr: "\u21FD",
      lobrk: "\u27E6",
      LongLeftArrow: "\u27F5",
      Longleftarrow: "\u27F8",
      longleftarrow: "\u27F5",
      LongLeftRightArrow: "\u27F7",
      Longleftrightarrow: "\u27FA",
      longleftrightarrow: "\u27F7",
      longmapsto: "\u27FC",
      LongRightArrow: "\u27F6",
      Longrightarrow: "\u27F9",
      longrightarrow: "\u27F6",
      looparrowleft: "\u21AB",
      looparrowright: "\u21AC",
      lopar: "\u2985",
      Lopf: "\u{1D543}",
      lopf: "\u{1D55D}",
      loplus: "\u2A2D",
      lotimes: "\u2A34",
      lowast: "\u2217",
      lowbar: "_",
      LowerLeftArrow: "\u2199",
      LowerRightArrow: "\u2198",
      loz: "\u25CA",
      lozenge: "\u25CA",
      lozf: "\u29EB",
      lpar: "(",
      lparlt: "\u2993",
      lrarr: "\u21C6",
      lrcorner: "\u231F",
      lrhar: "\u21CB",
      lrhard: "\u296D",
      lrm: "\u200E",
      lrtri: "\u22BF",
      lsaquo: "\u2039",
      Lscr: "\u2112",
      lscr: "\u{1D4C1}",
      Lsh: "\u21B0",
      lsh: "\u21B0",
      lsim: "\u2272",
      lsime: "\u2A8D",
      lsimg: "\u2A8F",
      lsqb: "[",
      lsquo: "\u2018",
      lsquor: "\u201A",
      Lstrok: "\u0141",
      lstrok: "\u0142",
      Lt: "\u226A",
      LT: "<",
      lt: "<",
      ltcc: "\u2AA6",
      ltcir: "\u2A79",
      ltdot: "\u22D6",
      lthree: "\u22CB",
      ltimes: "\u22C9",
      ltlarr: "\u2976",
      ltquest: "\u2A7B",
      ltri: "\u25C3",
      ltrie: "\u22B4",
      ltrif: "\u25C2",
      ltrPar: "\u2996",
      lurdshar: "\u294A",
      luruhar: "\u2966",
      lvertneqq: "\u2268\uFE00",
      lvnE: "\u2268\uFE00",
      macr: "\xAF",
      male: "\u2642",
      malt: "\u2720",
      maltese: "\u2720",
      Map: "\u2905",
      map: "\u21A6",
      mapsto: "\u21A6",
      mapstodown: "\u21A7",
      mapstoleft: "\u21A4",
      mapstoup: "\u21A5",
      marker: "\u25AE",
      mcomma: "\u2A29",
      Mcy: "\u041C",
      mcy: "\u043C",
      mdash: "\u2014",
      mDDot: "\u223A",
      measuredangle: "\u2221",
      MediumSpace: "\u205F",
      Mellintrf: "\u2133",
      Mfr: "\u{1D510}",
      mfr: "\u{1D52A}",
      mho: "\u2127",
      micro: "\xB5",
      mid: "\u2223",
      midast: "*",
      midcir: "\u2AF0",
      middot: "\xB7",
      minus: "\u2212",
      minusb: "\u229F",
      minusd: "\u2238",
      minusdu: "\u2A2A",
      MinusPlus: "\u2213",
      mlcp: "\u2ADB",
      mldr: "\u2026",
      mnplus: "\u2213",
      models: "\u22A7",
      Mopf: "\u{1D544}",
      mopf: "\u{1D55E}",
      mp: "\u2213",
      Mscr: "\u2133",
      mscr: "\u{1D4C2}",
      mstpos: "\u223E",
      Mu: "\u039C",
      mu: "\u03BC",
      multimap: "\u22B8",
      mumap: "\u22B8",
      nabla: "\u2207",
      Nacute: "\u0143",
      nacute: "\u0144",
      nang: "\u2220\u20D2",
      nap: "\u2249",
      napE: "\u2A70\u0338",
      napid: "\u224B\u0338",
      napos: "\u0149",
      napprox: "\u2249",
      natur: "\u266E",
      natural: "\u266E",
      naturals: "\u2115",
      nbsp: "\xA0",
      nbump: "\u224E\u0338",
      nbumpe: "\u224F\u0338",
      ncap: "\u2A43",
      Ncaron: "\u0147",
      ncaron: "\u0148",
      Ncedil: "\u0145",
      ncedil: "\u0146",
      ncong: "\u2247",
      ncongdot: "\u2A6D\u0338",
      ncup: "\u2A42",
      Ncy: "\u041D",
      ncy: "\u043D",
      ndash: "\u2013",
      ne: "\u2260",
      nearhk: "\u2924",
      neArr: "\u21D7",
      nearr: "\u2197",
      nearrow: "\u2197",
      nedot: "\u2250\u0338",
      NegativeMediumSpace: "\u200B",
      NegativeThickSpace: "\u200B",
      NegativeThinSpace: "\u200B",
      NegativeVeryThinSpace: "\u200B",
      nequiv: "\u2262",
      nesear: "\u2928",
      nesim: "\u2242\u0338",
      NestedGreaterGreater: "\u226B",
      NestedLessLess: "\u226A",
      NewLine: "\n",
      nexist: "\u2204",
      nexists: "\u2204",
      Nfr: "\u{1D511}",
      nfr: "\u{1D52B}",
      ngE: "\u2267\u0338",
      nge: "\u2271",
      ngeq: "\u2271",
      ngeqq: "\u2267\u0338",
      ngeqslant: "\u2A7E\u0338",
      nges: "\u2A7E\u0338",
      nGg: "\u22D9\u0338",
      ngsim: "\u2275",
      nGt: "\u226B\u20D2",
      ngt: "\u226F",
      ngtr: "\u226F",
      nGtv: "\u226B\u0338",
      nhArr: "\u21CE",
      nharr: "\u21AE",
      nhpar: "\u2AF2",
      ni: "\u220B",
      nis: "\u22FC",
      nisd: "\u22FA",
      niv: "\u220B",
      NJcy: "\u040A",
      njcy: "\u045A",
      nlArr: "\u21CD",
      nlarr: "\u219A",
      nldr: "\u2025",
      nlE: "\u2266\u0338",
      nle: "\u2270",
      nLeftarrow: "\u21CD",
      nleftarrow: "\u219A",
      nLeftrightarrow: "\u21CE",
      nleftrightarrow: "\u21AE",
      nleq: "\u2270",
      nleqq: "\u2266\u0338",
      nleqslant: "\u2A7D\u0338",
      nles: "\u2A7D\u0338",
      nless: "\u226E",
      nLl: "\u22D8\u0338",
      nlsim: "\u2274",
      nLt: "\u226A\u20D2",
      nlt: "\u226E",
      nltri: "\u22EA",
      nltrie: "\u22EC",
      nLtv: "\u226A\u0338",
      nmid: "\u2224",
      NoBreak: "\u2060",
      NonBreakingSpace: "\xA0",
      Nopf: "\u2115",
      nopf: "\u{1D55F}",
      Not: "\u2AEC",
      not: "\xAC",
      NotCongruent: "\u2262",
      NotCupCap: "\u226D",
      NotDoubleVerticalBar: "\u2226",
      NotElement: "\u2209",
      NotEqual: "\u2260",
      NotEqualTilde: "\u2242\u0338",
      NotExists: "\u2204",
      NotGreater: "\u226F",
      NotGreaterEqual: "\u2271",
      NotGreaterFullEqual: "\u2267\u0338",
      NotGreaterGreater: "\u226B\u0338",
      NotGreaterLess: "\u2279",
      NotGreaterSlantEqual: "\u2A7E\u0338",
      NotGreaterTilde: "\u2275",
      NotHumpDownHump: "\u224E\u0338",
      NotHumpEqual: "\u224F\u0338",
      notin: "\u2209",
      notindot: "\u22F5\u0338",
      notinE: "\u22F9\u0338",
      notinva: "\u2209",
      notinvb: "\u22F7",
      notinvc: "\u22F6",
      NotLeftTriangle: "\u22EA",
      NotLeftTriangleBar: "\u29CF\u0338",
      NotLeftTriangleEqual: "\u22EC",
      NotLess: "\u226E",
      NotLessEqual: "\u2270",
      NotLessGreater: "\u2278",
      NotLessLess: "\u226A\u0338",
      NotLessSlantEqual: "\u2A7D\u0338",
      NotLessTilde: "\u2274",
      NotNestedGreaterGreater: "\u2AA2\u0338",
      NotNestedLessLess: "\u2AA1\u0338",
      notni: "\u220C",
      notniva: "\u220C",
      notnivb: "\u22FE",
      notnivc: "\u22FD",
      NotPrecedes: "\u2280",
      NotPrecedesEqual: "\u2AAF\u0338",
      NotPrecedesSlantEqual: "\u22E0",
      NotReverseElement: "\u220C",
      NotRightTriangle: "\u22EB",
      NotRightTriangleBar: "\u29D0\u0338",
      NotRightTriangleEqual: "\u22ED",
      NotSquareSubset: "\u228F\u0338",
      NotSquareSubsetEqual: "\u22E2",
      NotSquareSuperset: "\u2290\u0338",
      NotSquareSupersetEqual: "\u22E3",
      NotSubset: "\u2282\u20D2",
      NotSubsetEqual: "\u2288",
      NotSucceeds: "\u2281",
      NotSucceedsEqual: "\u2AB0\u0338",
      NotSucceedsSlantEqual: "\u22E1",
      NotSucceedsTilde: "\u227F\u0338",
      NotSuperset: "\u2283\u20D2",
      NotSupersetEqual: "\u2289",
      NotTilde: "\u2241",
      NotTildeEqual: "\u2244",
      NotTildeFullEqual: "\u2247",
      NotTildeTilde: "\u2249",
      NotVerticalBar: "\u2224",
      npar: "\u2226",
      nparallel: "\u2226",
      nparsl: "\u2AFD\u20E5",
      npart: "\u2202\u0338",
      npolint: "\u2A14",
      npr: "\u2280",
      nprcue: "\u22E0",
      npre: "\u2AAF\u0338",
      nprec: "\u2280",
      npreceq: "\u2AAF\u0338",
      nrArr: "\u21CF",
      nrarr: "\u219B",
      nrarrc: "\u2933\u0338",
      nrarrw: "\u219D\u0338",
      nRightarrow: "\u21CF",
      nrightarrow: "\u219B",
      nrtri: "\u22EB",
      nrtrie: "\u22ED",
      nsc: "\u2281",
      nsccue: "\u22E1",
      nsce: "\u2AB0\u0338",
      Nscr: "\u{1D4A9}",
      nscr: "\u{1D4C3}",
      nshortmid: "\u2224",
      nshortparallel: "\u2226",
      nsim: "\u2241",
      nsime: "\u2244",
      nsimeq: "\u2244",
      nsmid: "\u2224",
      nspar: "\u2226",
      nsqsube: "\u22E2",
      nsqsupe: "\u22E3",
      nsub: "\u2284",
      nsubE: "\u2AC5\u0338",
      nsube: "\u2288",
      nsubset: "\u2282\u20D2",
      nsubseteq: "\u2288",
      nsubseteqq: "\u2AC5\u0338",
      nsucc: "\u2281",
      nsucceq: "\u2AB0\u0338",
      nsup: "\u2285",
      nsupE: "\u2AC6\u0338",
      nsupe: "\u2289",
      nsupset: "\u2283\u20D2",
      nsupseteq: "\u2289",
      nsupseteqq: "\u2AC6\u0338",
      ntgl: "\u2279",
      Ntilde: "\xD1",
      ntilde: "\xF1",
      ntlg: "\u2278",
      ntriangleleft: "\u22EA",
      ntrianglelefteq: "\u22EC",
      ntriangleright: "\u22EB",
      ntrianglerighteq: "\u22ED",
      Nu: "\u039D",
      nu: "\u03BD",
      num: "#",
      numero: "\u2116",
      numsp: "\u2007",
      nvap: "\u224D\u20D2",
      nVDash: "\u22AF",
      nVdash: "\u22AE",
      nvDash: "\u22AD",
      nvdash: "\u22AC",
      nvge: "\u2265\u20D2",
      nvgt: ">\u20D2",
      nvHarr: "\u2904",
      nvinfin: "\u29DE",
      nvlArr: "\u2902",
      nvle: "\u2264\u20D2",
      nvlt: "<\u20D2",
      nvltrie: "\u22B4\u20D2",
      nvrArr: "\u2903",
      nvrtrie: "\u22B5\u20D2",
      nvsim: "\u223C\u20D2",
      nwarhk: "\u2923",
      nwArr: "\u21D6",
      nwarr: "\u2196",
      nwarrow: "\u2196",
      nwnear: "\u2927",
      Oacute: "\xD3",
      oacute: "\xF3",
      oast: "\u229B",
      ocir: "\u229A",
      Ocirc: "\xD4",
      ocirc: "\xF4",
      Ocy: "\u041E",
      ocy: "\u043E",
      odash: "\u229D",
      Odblac: "\u0150",
      odblac: "\u0151",
      odiv: "\u2A38",
      odot: "\u2299",
      odsold: "\u29BC",
      OElig: "\u0152",
      oelig: "\u0153",
      ofcir: "\u29BF",
      Ofr: "\u{1D512}",
      ofr: "\u{1D52C}",
      ogon: "\u02DB",
      Ograve: "\xD2",
      ograve: "\xF2",
      ogt: "\u29C1",
      ohbar: "\u29B5",
      ohm: "\u03A9",
      oint: "\u222E",
      olarr: "\u21BA",
      olcir: "\u29BE",
      olcross: "\u29BB",
      oline: "\u203E",
      olt: "\u29C0",
      Omacr: "\u014C",
      omacr: "\u014D",
      Omega: "\u03A9",
      omega: "\u03C9",
      Omicron: "\u039F",
      omicron: "\u03BF",
      omid: "\u29B6",
      ominus: "\u2296",
      Oopf: "\u{1D546}",
      oopf: "\u{1D560}",
      opar: "\u29B7",
      OpenCurlyDoubleQuote: "\u201C",
      OpenCurlyQuote: "\u2018",
      operp: "\u29B9",
      oplus: "\u2295",
      Or: "\u2A54",
      or: "\u2228",
      orarr: "\u21BB",
      ord: "\u2A5D",
      order: "\u2134",
      orderof: "\u2134",
      ordf: "\xAA",
      ordm: "\xBA",
      origof: "\u22B6",
      oror: "\u2A56",
      orslope: "\u2A57",
      orv: "\u2A5B",
      oS: "\u24C8",
      Oscr: "\u{1D4AA}",
      oscr: "\u2134",
      Oslash: "\xD8",
      oslash: "\xF8",
      osol: "\u2298",
      Otilde: "\xD5",
      otilde: "\xF5",
      Otimes: "\u2A37",
      otimes: "\u2297",
      otimesas: "\u2A36",
      Ouml: "\xD6",
      ouml: "\xF6",
      ovbar: "\u233D",
      OverBar: "\u203E",
      OverBrace: "\u23DE",
      OverBracket: "\u23B4",
      OverParenthesis: "\u23DC",
      par: "\u2225",
      para: "\xB6",
      parallel: "\u2225",
      parsim: "\u2AF3",
      parsl: "\u2AFD",
      part: "\u2202",
      PartialD: "\u2202",
      Pcy: "\u041F",
      pcy: "\u043F",
      percnt: "%",
      period: ".",
      permil: "\u2030",
      perp: "\u22A5",
      pertenk: "\u2031",
      Pfr: "\u{1D513}",
      pfr: "\u{1D52D}",
      Phi: "\u03A6",
      phi: "\u03C6",
      phiv: "\u03D5",
      phmmat: "\u2133",
      phone: "\u260E",
      Pi: "\u03A0",
      pi: "\u03C0",
      pitchfork: "\u22D4",
      piv: "\u03D6",
      planck: "\u210F",
      planckh: "\u210E",
      plankv: "\u210F",
      plus: "+",
      plusacir: "\u2A23",
      plusb: "\u229E",
      pluscir: "\u2A22",
      plusdo: "\u2214",
      plusdu: "\u2A25",
      pluse: "\u2A72",
      PlusMinus: "\xB1",
      plusmn: "\xB1",
      plussim: "\u2A26",
      plustwo: "\u2A27",
      pm: "\xB1",
      Poincareplane: "\u210C",
      pointint: "\u2A15",
      Popf: "\u2119",
      popf: "\u{1D561}",
      pound: "\xA3",
      Pr: "\u2ABB",
      pr: "\u227A",
      prap: "\u2AB7",
      prcue: "\u227C",
      prE: "\u2AB3",
      pre: "\u2AAF",
      prec: "\u227A",
      precapprox: "\u2AB7",
      preccurlyeq: "\u227C",
      Precedes: "\u227A",
      PrecedesEqual: "\u2AAF",
      PrecedesSlantEqual: "\u227C",
      PrecedesTilde: "\u227E",
      preceq: "\u2AAF",
      precnapprox: "\u2AB9",
      precneqq: "\u2AB5",
      precnsim: "\u22E8",
      precsim: "\u227E",
      Prime: "\u2033",
      prime: "\u2032",
      primes: "\u2119",
      prnap: "\u2AB9",
      prnE: "\u2AB5",
      prnsim: "\u22E8",
      prod: "\u220F",
      Product: "\u220F",
      profalar: "\u232E",
      profline: "\u2312",
      profsurf: "\u2313",
      prop: "\u221D",
      Proportion: "\u2237",
      Proportional: "\u221D",
      propto: "\u221D",
      prsim: "\u227E",
      prurel: "\u22B0",
      Pscr: "\u{1D4AB}",
      pscr: "\u{1D4C5}",
      Psi: "\u03A8",
      psi: "\u03C8",
      puncsp: "\u2008",
      Qfr: "\u{1D514}",
      qfr: "\u{1D52E}",
      qint: "\u2A0C",
      Qopf: "\u211A",
      qopf: "\u{1D562}",
      qprime: "\u2057",
      Qscr: "\u{1D4AC}",
      qscr: "\u{1D4C6}",
      quaternions: "\u210D",
      quatint: "\u2A16",
      quest: "?",
      questeq: "\u225F",
      QUOT: '"',
      quot: '"',
      rAarr: "\u21DB",
      race: "\u223D\u0331",
      Racute: "\u0154",
      racute: "\u0155",
      radic: "\u221A",
      raemptyv: "\u29B3",
      Rang: "\u27EB",
      rang: "\u27E9",
      rangd: "\u2992",
      range: "\u29A5",
      rangle: "\u27E9",
      raquo: "\xBB",
      Rarr: "\u21A0",
      rArr: "\u21D2",
      rarr: "\u2192",
      rarrap: "\u2975",
      rarrb: "\u21E5",
      rarrbfs: "\u2920",
      rarrc: "\u2933",
      rarrfs: "\u291E",
      rarrhk: "\u21AA",
      rarrlp: "\u21AC",
      rarrpl: "\u2945",
      rarrsim: "\u2974",
      Rarrtl: "\u2916",
      rarrtl: "\u21A3",
      rarrw: "\u219D",
      rAtail: "\u291C",
      ratail: "\u291A",
      ratio: "\u2236",
      rationals: "\u211A",
      RBarr: "\u2910",
      rBarr: "\u290F",
      rbarr: "\u290D",
      rbbrk: "\u2773",
      rbrace: "}",
      rbrack: "]",
      rbrke: "\u298C",
      rbrksld: "\u298E",
      rbrkslu: "\u2990",
      Rcaron: "\u0158",
      rcaron: "\u0159",
      Rcedil: "\u0156",
      rcedil: "\u0157",
      rceil: "\u2309",
      rcub: "}",
      Rcy: "\u0420",
      rcy: "\u0440",
      rdca: "\u2937",
      rdldhar: "\u2969",
      rdquo: "\u201D",
      rdquor: "\u201D",
      rdsh: "\u21B3",
      Re: "\u211C",
      real: "\u211C",
      realine: "\u211B",
      realpart: "\u211C",
      reals: "\u211D",
      rect: "\u25AD",
      REG: "\xAE",
      reg: "\xAE",
      ReverseElement: "\u220B",
      ReverseEquilibrium: "\u21CB",
      ReverseUpEquilibrium: "\u296F",
      rfisht: "\u297D",
      rfloor: "\u230B",
      Rfr: "\u211C",
      rfr: "\u{1D52F}",
      rHar: "\u2964",
      rhard: "\u21C1",
      rharu: "\u21C0",
      rharul: "\u296C",
      Rho: "\u03A1",
      rho: "\u03C1",
      rhov: "\u03F1",
      RightAngleBracket: "\u27E9",
      RightArrow: "\u2192",
      Rightarrow: "\u21D2",
      rightarrow: "\u2192",
      RightArrowBar: "\u21E5",
      RightArrowLeftArrow: "\u21C4",
      rightarrowtail: "\u21A3",
      RightCeiling: "\u2309",
      RightDoubleBracket: "\u27E7",
      RightDownTeeVector: "\u295D",
      RightDownVector: "\u21C2",
      RightDownVectorBar: "\u2955",
      RightFloor: "\u230B",
      rightharpoondown: "\u21C1",
      rightharpoonup: "\u21C0",
      rightleftarrows: "\u21C4",
      rightleftharpoons: "\u21CC",
      rightrightarrows: "\u21C9",
      rightsquigarrow: "\u219D",
      RightTee: "\u22A2",
      RightTeeArrow: "\u21A6",
      RightTeeVector: "\u295B",
      rightthreetimes: "\u22CC",
      RightTriangle: "\u22B3",
      RightTriangleBar: "\u29D0",
      RightTriangleEqual: "\u22B5",
      RightUpDownVector: "\u294F",
      RightUpTeeVector: "\u295C",
      RightUpVector: "\u21BE",
      RightUpVectorBar: "\u2954",
      RightVector: "\u21C0",
      RightVectorBar: "\u2953",
      ring: "\u02DA",
      risingdotseq: "\u2253",
      rlarr: "\u21C4",
      rlhar: "\u21CC",
      rlm: "\u200F",
      rmoust: "\u23B1",
      rmoustache: "\u23B1",
      rnmid: "\u2AEE",
      roang: "\u27ED",
      roarr: "\u21FE",
      robrk: "\u27E7",
      ropar: "\u2986",
      Ropf: "\u211D",
      ropf: "\u{1D563}",
      roplus: "\u2A2E",
      rotimes: "\u2A35",
      RoundImplies: "\u2970",
      rpar: ")",
      rpargt: "\u2994",
      rppolint: "\u2A12",
      rrarr: "\u21C9",
      Rrightarrow: "\u21DB",
      rsaquo: "\u203A",
      Rscr: "\u211B",
      rscr: "\u{1D4C7}",
      Rsh: "\u21B1",
      rsh: "\u21B1",
      rsqb: "]",
      rsquo: "\u2019",
      rsquor: "\u2019",
      rthree: "\u22CC",
      rtimes: "\u22CA",
      rtri: "\u25B9",
      rtrie: "\u22B5",
      rtrif: "\u25B8",
      rtriltri: "\u29CE",
      RuleDelayed: "\u29F4",
      ruluhar: "\u2968",
      rx: "\u211E",
      Sacute: "\u015A",
      sacute: "\u015B",
      sbquo: "\u201A",
      Sc: "\u2ABC",
      sc: "\u227B",
      scap: "\u2AB8",
      Scaron: "\u0160",
      scaron: "\u0161",
      sccue: "\u227D",
      scE: "\u2AB4",
      sce: "\u2AB0",
      Scedil: "\u015E",
      scedil: "\u015F",
      Scirc: "\u015C",
      scirc: "\u015D",
      scnap: "\u2ABA",
      scnE: "\u2AB6",
      scnsim: "\u22E9",
      scpolint: "\u2A13",
      scsim: "\u227F",
      Scy: "\u0421",
      scy: "\u0441",
      sdot: "\u22C5",
      sdotb: "\u22A1",
      sdote: "\u2A66",
      searhk: "\u2925",
      seArr: "\u21D8",
      searr: "\u2198",
      searrow: "\u2198",
      sect: "\xA7",
      semi: ";",
      seswar: "\u2929",
      setminus: "\u2216",
      setmn: "\u2216",
      sext: "\u2736",
      Sfr: "\u{1D516}",
      sfr: "\u{1D530}",
      sfrown: "\u2322",
      sharp: "\u266F",
      SHCHcy: "\u0429",
      shchcy: "\u0449",
      SHcy: "\u0428",
      shcy: "\u0448",
      ShortDownArrow: "\u2193",
      ShortLeftArrow: "\u2190",
      shortmid: "\u2223",
      shortparallel: "\u2225",
      ShortRightArrow: "\u2192",
      ShortUpArrow: "\u2191",
      shy: "\xAD",
      Sigma: "\u03A3",
      sigma: "\u03C3",
      sigmaf: "\u03C2",
      sigmav: "\u03C2",
      sim: "\u223C",
      simdot: "\u2A6A",
      sime: "\u2243",
      simeq: "\u2243",
      simg: "\u2A9E",
      simgE: "\u2AA0",
      siml: "\u2A9D",
      simlE: "\u2A9F",
      simne: "\u2246",
      simplus: "\u2A24",
      simrarr: "\u2972",
      slarr: "\u2190",
      SmallCircle: "\u2218",
      smallsetminus: "\u2216",
      smashp: "\u2A33",
      smeparsl: "\u29E4",
      smid: "\u2223",
      smile: "\u2323",
      smt: "\u2AAA",
      smte: "\u2AAC",
      smtes: "\u2AAC\uFE00",
      SOFTcy: "\u042C",
      softcy: "\u044C",
      sol: "/",
      solb: "\u29C4",
      solbar: "\u233F",
      Sopf: "\u{1D54A}",
      sopf: "\u{1D564}",
      spades: "\u2660",
      spadesuit: "\u2660",
      spar: "\u2225",
      sqcap: "\u2293",
      sqcaps: "\u2293\uFE00",
      sqcup: "\u2294",
      sqcups: "\u2294\uFE00",
      Sqrt: "\u221A",
      sqsub: "\u228F",
      sqsube: "\u2291",
      sqsubset: "\u228F",
      sqsubseteq: "\u2291",
      sqsup: "\u2290",
      sqsupe: "\u2292",
      sqsupset: "\u2290",
      sqsupseteq: "\u2292",
      squ: "\u25A1",
      Square: "\u25A1",
      square: "\u25A1",
      SquareIntersection: "\u2293",
      SquareSubset: "\u228F",
      SquareSubsetEqual: "\u2291",
      SquareSuperset: "\u2290",
      SquareSupersetEqual: "\u2292",
      SquareUnion: "\u2294",
      squarf: "\u25AA",
      squf: "\u25AA",
      srarr: "\u2192",
      Sscr: "\u{1D4AE}",
      sscr: "\u{1D4C8}",
      ssetmn: "\u2216",
      ssmile: "\u2323",
      sstarf: "\u22C6",
      Star: "\u22C6",
      star: "\u2606",
      starf: "\u2605",
      straightepsilon: "\u03F5",
      straightphi: "\u03D5",
      strns: "\xAF",
      Sub: "\u22D0",
      sub: "\u2282",
      subdot: "\u2ABD",
      subE: "\u2AC5",
      sube: "\u2286",
      subedot: "\u2AC3",
      submult: "\u2AC1",
      subnE: "\u2ACB",
      subne: "\u228A",
      subplus: "\u2ABF",
      subrarr: "\u2979",
      Subset: "\u22D0",
      subset: "\u2282",
      subseteq: "\u2286",
      subseteqq: "\u2AC5",
      SubsetEqual: "\u2286",
      subsetneq: "\u228A",
      subsetneqq: "\u2ACB",
      subsim: "\u2AC7",
      subsub: "\u2AD5",
      subsup: "\u2AD3",
      succ: "\u227B",
      succapprox: "\u2AB8",
      succcurlyeq: "\u227D",
      Succeeds: "\u227B",
      SucceedsEqual: "\u2AB0",
      SucceedsSlantEqual: "\u227D",
      SucceedsTilde: "\u227F",
      succeq: "\u2AB0",
      succnapprox: "\u2ABA",
      succneqq: "\u2AB6",
      succnsim: "\u22E9",
      succsim: "\u227F",
      SuchThat: "\u220B",
      Sum: "\u2211",
      sum: "\u2211",
      sung: "\u266A",
      Sup: "\u22D1",
      sup: "\u2283",
      sup1: "\xB9",
      sup2: "\xB2",
      sup3: "\xB3",
      supdot: "\u2ABE",
      supdsub: "\u2AD8",
      supE: "\u2AC6",
      supe: "\u2287",
      supedot: "\u2AC4",
      Superset: "\u2283",
      SupersetEqual: "\u2287",
      suphsol: "\u27C9",
      suphsub: "\u2AD7",
      suplarr: "\u297B",
      supmult: "\u2AC2",
      supnE: "\u2ACC",
      supne: "\u228B",
      supplus: "\u2AC0",
      Supset: "\u22D1",
      supset: "\u2283",
      supseteq: "\u2287",
      supseteqq: "\u2AC6",
      supsetneq: "\u228B",
      supsetneqq: "\u2ACC",
      supsim: "\u2AC8",
      supsub: "\u2AD4",
      supsup: "\u2AD6",
      swarhk: "\u2926",
      swArr: "\u21D9",
      swarr: "\u2199",
      swarrow: "\u2199",
      swnwar: "\u292A",
      szlig: "\xDF",
      Tab: "	",
      target: "\u2316",
      Tau: "\u03A4",
      tau: "\u03C4",
      tbrk: "\u23B4",
      Tcaron: "\u0164",
      tcaron: "\u0165",
      Tcedil: "\u0162",
      tcedil: "\u0163",
      Tcy: "\u0422",
      tcy: "\u0442",
      tdot: "\u20DB",
      telrec: "\u2315",
      Tfr: "\u{1D517}",
      tfr: "\u{1D531}",
      there4: "\u2234",
      Therefore: "\u2234",
      therefore: "\u2234",
      Theta: "\u0398",
      theta: "\u03B8",
      thetasym: "\u03D1",
      thetav: "\u03D1",
      thickapprox: "\u2248",
      thicksim: "\u223C",
      ThickSpace: "\u205F\u200A",
      thinsp: "\u2009",
      ThinSpace: "\u2009",
      thkap: "\u2248",
      thksim: "\u223C",
      THORN: "\xDE",
      thorn: "\xFE",
      Tilde: "\u223C",
      tilde: "\u02DC",
      TildeEqual: "\u2243",
      TildeFullEqual: "\u2245",
      TildeTilde: "\u2248",
      times: "\xD7",
      timesb: "\u22A0",
      timesbar: "\u2A31",
      timesd: "\u2A30",
      tint: "\u222D",
      toea: "\u2928",
      top: "\u22A4",
      topbot: "\u2336",
      topcir: "\u2AF1",
      Topf: "\u{1D54B}",
      topf: "\u{1D565}",
      topfork: "\u2ADA",
      tosa: "\u2929",
      tprime: "\u2034",
      TRADE: "\u2122",
      trade: "\u2122",
      triangle: "\u25B5",
      triangledown: "\u25BF",
      triangleleft: "\u25C3",
      trianglelefteq: "\u22B4",
      triangleq: "\u225C",
      triangleright: "\u25B9",
      trianglerighteq: "\u22B5",
      tridot: "\u25EC",
      trie: "\u225C",
      triminus: "\u2A3A",
      TripleDot: "\u20DB",
      triplus: "\u2A39",
      trisb: "\u29CD",
      tritime: "\u2A3B",
      trpezium: "\u23E2",
      Tscr: "\u{1D4AF}",
      tscr: "\u{1D4C9}",
      TScy: "\u0426",
      tscy: "\u0446",
      TSHcy: "\u040B",
      tshcy: "\u045B",
      Tstrok: "\u0166",
      tstrok: "\u0167",
      twixt: "\u226C",
      twoheadleftarrow: "\u219E",
      twoheadrightarrow: "\u21A0",
      Uacute: "\xDA",
      uacute: "\xFA",
      Uarr: "\u219F",
      uArr: "\u21D1",
      uarr: "\u2191",
      Uarrocir: "\u2949",
      Ubrcy: "\u040E",
      ubrcy: "\u045E",
      Ubreve: "\u016C",
      ubreve: "\u016D",
      Ucirc: "\xDB",
      ucirc: "\xFB",
      Ucy: "\u0423",
      ucy: "\u0443",
      udarr: "\u21C5",
      Udblac: "\u0170",
      udblac: "\u0171",
      udhar: "\u296E",
      ufisht: "\u297E",
      Ufr: "\u{1D518}",
      ufr: "\u{1D532}",
      Ugrave: "\xD9",
      ugrave: "\xF9",
      uHar: "\u2963",
      uharl: "\u21BF",
      uharr: "\u21BE",
      uhblk: "\u2580",
      ulcorn: "\u231C",
      ulcorner: "\u231C",
      ulcrop: "\u230F",
      ultri: "\u25F8",
      Umacr: "\u016A",
      umacr: "\u016B",
      uml: "\xA8",
      UnderBar: "_",
      UnderBrace: "\u23DF",
      UnderBracket: "\u23B5",
      UnderParenthesis: "\u23DD",
      Union: "\u22C3",
      UnionPlus: "\u228E",
      Uogon: "\u0172",
      uogon: "\u0173",
      Uopf: "\u{1D54C}",
      uopf: "\u{1D566}",
      UpArrow: "\u2191",
      Uparrow: "\u21D1",
      uparrow: "\u2191",
      UpArrowBar: "\u2912",
      UpArrowDownArrow: "\u21C5",
      UpDownArrow: "\u2195",
      Updownarrow: "\u21D5",
      updownarrow: "\u2195",
      UpEquilibrium: "\u296E",
      upharpoonleft: "\u21BF",
      upharpoonright: "\u21BE",
      uplus: "\u228E",
      UpperLeftArrow: "\u2196",
      UpperRightArrow: "\u2197",
      Upsi: "\u03D2",
      upsi: "\u03C5",
      upsih: "\u03D2",
      Upsilon: "\u03A5",
      upsilon: "\u03C5",
      UpTee: "\u22A5",
      UpTeeArrow: "\u21A5",
      upuparrows: "\u21C8",
      urcorn: "\u231D",
      urcorner: "\u231D",
      urcrop: "\u230E",
      Uring: "\u016E",
      uring: "\u016F",
      urtri: "\u25F9",
      Uscr: "\u{1D4B0}",
      uscr: "\u{1D4CA}",
      utdot: "\u22F0",
      Utilde: "\u0168",
      utilde: "\u0169",
      utri: "\u25B5",
      utrif: "\u25B4",
      uuarr: "\u21C8",
      Uuml: "\xDC",
      uuml: "\xFC",
      uwangle: "\u29A7",
      vangrt: "\u299C",
      varepsilon: "\u03F5",
      varkappa: "\u03F0",
      varnothing: "\u2205",
      varphi: "\u03D5",
      varpi: "\u03D6",
      varpropto: "\u221D",
      vArr: "\u21D5",
      varr: "\u2195",
      varrho: "\u03F1",
      varsigma: "\u03C2",
      varsubsetneq: "\u228A\uFE00",
      varsubsetneqq: "\u2ACB\uFE00",
      varsupsetneq: "\u228B\uFE00",
      varsupsetneqq: "\u2ACC\uFE00",
      vartheta: "\u03D1",
      vartriangleleft: "\u22B2",
      vartriangleright: "\u22B3",
      Vbar: "\u2AEB",
      vBar: "\u2AE8",
      vBarv: "\u2AE9",
      Vcy: "\u0412",
      vcy: "\u0432",
      VDash: "\u22AB",
      Vdash: "\u22A9",
      vDash: "\u22A8",
      vdash: "\u22A2",
      Vdashl: "\u2AE6",
      Vee: "\u22C1",
      vee: "\u2228",
      veebar: "\u22BB",
      veeeq: "\u225A",
      vellip: "\u22EE",
      Verbar: "\u2016",
      verbar: "|",
      Vert: "\u2016",
      vert: "|",
      VerticalBar: "\u2223",
      VerticalLine: "|",
      VerticalSeparator: "\u2758",
      VerticalTilde: "\u2240",
      VeryThinSpace: "\u200A",
      Vfr: "\u{1D519}",
      vfr: "\u{1D533}",
      vltri: "\u22B2",
      vnsub: "\u2282\u20D2",
      vnsup: "\u2283\u20D2",
      Vopf: "\u{1D54D}",
      vopf: "\u{1D567}",
      vprop: "\u221D",
      vrtri: "\u22B3",
      Vscr: "\u{1D4B1}",
      vscr: "\u{1D4CB}",
      vsubnE: "\u2ACB\uFE00",
      vsubne: "\u228A\uFE00",
      vsupnE: "\u2ACC\uFE00",
      vsupne: "\u228B\uFE00",
      Vvdash: "\u22AA",
      vzigzag: "\u299A",
      Wcirc: "\u0174",
      wcirc: "\u0175",
      wedbar: "\u2A5F",
      Wedge: "\u22C0",
      wedge: "\u2227",
      wedgeq: "\u2259",
      weierp: "\u2118",
      Wfr: "\u{1D51A}",
      wfr: "\u{1D534}",
      Wopf: "\u{1D54E}",
      wopf: "\u{1D568}",
      wp: "\u2118",
      wr: "\u2240",
      wreath: "\u2240",
      Wscr: "\u{1D4B2}",
      wscr: "\u{1D4CC}",
      xcap: "\u22C2",
      xcirc: "\u25EF",
      xcup: "\u22C3",
      xdtri: "\u25BD",
      Xfr: "\u{1D51B}",
      xfr: "\u{1D535}",
      xhArr: "\u27FA",
      xharr: "\u27F7",
      Xi: "\u039E",
      xi: "\u03BE",
      xlArr: "\u27F8",
      xlarr: "\u27F5",
      xmap: "\u27FC",
      xnis: "\u22FB",
      xodot: "\u2A00",
      Xopf: "\u{1D54F}",
      xopf: "\u{1D569}",
      xoplus: "\u2A01",
      xotime: "\u2A02",
      xrArr: "\u27F9",
      xrarr: "\u27F6",
      Xscr: "\u{1D4B3}",
      xscr: "\u{1D4CD}",
      xsqcup: "\u2A06",
      xuplus: "\u2A04",
      xutri: "\u25B3",
      xvee: "\u22C1",
      xwedge: "\u22C0",
      Yacute: "\xDD",
      yacute: "\xFD",
      YAcy: "\u042F",
      yacy: "\u044F",
      Ycirc: "\u0176",
      ycirc: "\u0177",
      Ycy: "\u042B",
      ycy: "\u044B",
      yen: "\xA5",
      Yfr: "\u{1D51C}",
      yfr: "\u{1D536}",
      YIcy: "\u0407",
      yicy: "\u0457",
      Yopf: "\u{1D550}",
      yopf: "\u{1D56A}",
      Yscr: "\u{1D4B4}",
      yscr: "\u{1D4CE}",
      YUcy: "\u042E",
      yucy: "\u044E",
      Yuml: "\u0178",
      yuml: "\xFF",
      Zacute: "\u0179",
      zacute: "\u017A",
      Zcaron: "\u017D",
      zcaron: "\u017E",
      Zcy: "\u0417",
      zcy: "\u0437",
      Zdot: "\u017B",
      zdot: "\u017C",
      zeetrf: "\u2128",
      ZeroWidthSpace: "\u200B",
      Zeta: "\u0396",
      zeta: "\u03B6",
      Zfr: "\u2128",
      zfr: "\u{1D537}",
      ZHcy: "\u0416",
      zhcy: "\u0436",
      zigrarr: "\u21DD",
      Zopf: "\u2124",
      zopf: "\u{1D56B}",
      Zscr: "\u{1D4B5}",
      zscr: "\u{1D4CF}",
      zwj: "\u200D",
      zwnj: "\u200C"
    });
    exports2.entityMap = exports2.HTML_ENTITIES;
  }
});

// node_modules/@xmldom/xmldom/lib/sax.js
var require_sax = __commonJS({
  "node_modules/@xmldom/xmldom/lib/sax.js"(exports2) {
    "use strict";
    var conventions = require_conventions();
    var g = require_grammar();
    var errors = require_errors();
    var isHTMLEscapableRawTextElement = conventions.isHTMLEscapableRawTextElement;
    var isHTMLMimeType = conventions.isHTMLMimeType;
    var isHTMLRawTextElement = conventions.isHTMLRawTextElement;
    var hasOwn = conventions.hasOwn;
    var NAMESPACE = conventions.NAMESPACE;
    var ParseError = errors.ParseError;
    var DOMException = errors.DOMException;
    var S_TAG = 0;
    var S_ATTR = 1;
    var S_ATTR_SPACE = 2;
    var S_EQ = 3;
    var S_ATTR_NOQUOT_VALUE = 4;
    var S_ATTR_END = 5;
    var S_TAG_SPACE = 6;
    var S_TAG_CLOSE = 7;
    function XMLReader() {
    }
    XMLReader.prototype = {
      parse: function(source, defaultNSMap, entityMap) {
        var domBuilder = this.domBuilder;
        domBuilder.startDocument();
        _copy(defaultNSMap, defaultNSMap = /* @__PURE__ */ Object.create(null));
        parse(source, defaultNSMap, entityMap, domBuilder, this.errorHandler);
        domBuilder.endDocument();
      }
    };
    var ENTITY_REG = /&#?\w+;?/g;
    function parse(source, defaultNSMapCopy, entityMap, domBuilder, errorHandler) {
      var isHTML = isHTMLMimeType(domBuilder.mimeType);
      if (source.indexOf(g.UNICODE_REPLACEMENT_CHARACTER) >= 0) {
        errorHandler.warning("Unicode replacement character detected, source encoding issues?");
      }
      function fixedFromCharCode(code) {
        if (code > 65535) {
          code -= 65536;
          var surrogate1 = 55296 + (code >> 10), surrogate2 = 56320 + (code & 1023);
          return String.fromCharCode(surrogate1, surrogate2);
        } else {
          return String.fromCharCode(code);
        }
      }
      function entityReplacer(a2) {
        var complete = a2[a2.length - 1] === ";" ? a2 : a2 + ";";
        if (!isHTML && complete !== a2) {
          errorHandler.error("EntityRef: expecting ;");
          return a2;
        }
        var match = g.Reference.exec(complete);
        if (!match || match[0].length !== complete.length) {
          errorHandler.error("entity not matching Reference production: " + a2);
          return a2;
        }
        var k = complete.slice(1, -1);
        if (hasOwn(entityMap, k)) {
          return entityMap[k];
        } else if (k.charAt(0) === "#") {
          return fixedFromCharCode(parseInt(k.substring(1).replace("x", "0x")));
        } else {
          errorHandler.error("entity not found:" + a2);
          return a2;
        }
      }
      function appendText(end2) {
        if (end2 > start) {
          var xt = source.substring(start, end2).replace(ENTITY_REG, entityReplacer);
          locator && position(start);
          domBuilder.characters(xt, 0, end2 - start);
          start = end2;
        }
      }
      var lineStart = 0;
      var lineEnd = 0;
      var linePattern = /\r\n?|\n|$/g;
      var locator = domBuilder.locator;
      function position(p, m) {
        while (p >= lineEnd && (m = linePattern.exec(source))) {
          lineStart = lineEnd;
          lineEnd = m.index + m[0].length;
          locator.lineNumber++;
        }
        locator.columnNumber = p - lineStart + 1;
      }
      var parseStack = [{ currentNSMap: defaultNSMapCopy }];
      var unclosedTags = [];
      var start = 0;
      while (true) {
        try {
          var tagStart = source.indexOf("<", start);
          if (tagStart < 0) {
            if (!isHTML && unclosedTags.length > 0) {
              return errorHandler.fatalError("unclosed xml tag(s): " + unclosedTags.join(", "));
            }
            if (!source.substring(start).match(/^\s*$/)) {
              var doc = domBuilder.doc;
              var text3 = doc.createTextNode(source.substring(start));
              if (doc.documentElement) {
                return errorHandler.error("Extra content at the end of the document");
              }
              doc.appendChild(text3);
              domBuilder.currentElement = text3;
            }
            return;
          }
          if (tagStart > start) {
            var fromSource = source.substring(start, tagStart);
            if (!isHTML && unclosedTags.length === 0) {
              fromSource = fromSource.replace(new RegExp(g.S_OPT.source, "g"), "");
              fromSource && errorHandler.error("Unexpected content outside root element: '" + fromSource + "'");
            }
            appendText(tagStart);
          }
          switch (source.charAt(tagStart + 1)) {
            case "/":
              var end = source.indexOf(">", tagStart + 2);
              var tagNameRaw = source.substring(tagStart + 2, end > 0 ? end : void 0);
              if (!tagNameRaw) {
                return errorHandler.fatalError("end tag name missing");
              }
              var endTagNameStrict = g.reg("^", g.QName_group, g.S_OPT, "$");
              var tagNameMatch = end > 0 && endTagNameStrict.exec(tagNameRaw);
              if (!tagNameMatch) {
                var leadingTagNameMatch = end > 0 && g.reg("^", g.QName_group).exec(tagNameRaw);
                if (isHTML && leadingTagNameMatch) {
                  errorHandler.warning('end tag name contains invalid trailing characters: "' + tagNameRaw + '"');
                  tagNameMatch = leadingTagNameMatch;
                } else if (
                  // Backward compatibility, remove this whole `else if` arm in the next breaking release
                  // (XML then falls through to the `fatalError` below, for a clean mode split: XML fatal,
                  // HTML warning). A valid end-tag name followed by a line break and trailing content was
                  // silently accepted while `reg` still used the `m` flag; re-adding `m` here matches exactly
                  // those inputs, kept recoverable and reported.
                  leadingTagNameMatch && new RegExp(endTagNameStrict.source, endTagNameStrict.flags + "m").test(tagNameRaw)
                ) {
                  errorHandler.error('end tag name is followed by a line break and trailing content: "' + tagNameRaw + '"');
                  tagNameMatch = leadingTagNameMatch;
                } else {
                  return errorHandler.fatalError('end tag name contains invalid characters: "' + tagNameRaw + '"');
                }
              }
              if (!domBuilder.currentElement && !domBuilder.doc.documentElement) {
                return;
              }
              var currentTagName = unclosedTags[unclosedTags.length - 1] || domBuilder.currentElement.tagName || domBuilder.doc.documentElement.tagName || "";
              if (currentTagName !== tagNameMatch[1]) {
                var tagNameLower = tagNameMatch[1].toLowerCase();
                if (!isHTML || currentTagName.toLowerCase() !== tagNameLower) {
                  return errorHandler.fatalError('Opening and ending tag mismatch: "' + currentTagName + '" != "' + tagNameRaw + '"');
                }
              }
              var config = parseStack.pop();
              unclosedTags.pop();
              var localNSMap = config.localNSMap;
              domBuilder.endElement(config.uri, config.localName, currentTagName);
              if (localNSMap) {
                for (var prefix in localNSMap) {
                  if (hasOwn(localNSMap, prefix)) {
                    domBuilder.endPrefixMapping(prefix);
                  }
                }
              }
              end++;
              break;
            // end element
            case "?":
              locator && position(tagStart);
              end = parseProcessingInstruction(source, tagStart, domBuilder, errorHandler);
              break;
            case "!":
              locator && position(tagStart);
              end = parseDoctypeCommentOrCData(source, tagStart, domBuilder, errorHandler, isHTML);
              break;
            default:
              locator && position(tagStart);
              var el = new ElementAttributes();
              var currentNSMap = parseStack[parseStack.length - 1].currentNSMap;
              var end = parseElementStartPart(source, tagStart, el, currentNSMap, entityReplacer, errorHandler, isHTML);
              var len = el.length;
              if (!el.closed) {
                if (isHTML && conventions.isHTMLVoidElement(el.tagName)) {
                  el.closed = true;
                } else {
                  unclosedTags.push(el.tagName);
                }
              }
              if (locator && len) {
                var locator2 = copyLocator(locator, {});
                for (var i = 0; i < len; i++) {
                  var a = el[i];
                  position(a.offset);
                  a.locator = copyLocator(locator, {});
                }
                domBuilder.locator = locator2;
                if (appendElement(el, domBuilder, currentNSMap)) {
                  parseStack.push(el);
                }
                domBuilder.locator = locator;
              } else {
                if (appendElement(el, domBuilder, currentNSMap)) {
                  parseStack.push(el);
                }
              }
              if (isHTML && !el.closed) {
                end = parseHtmlSpecialContent(source, end, el.tagName, entityReplacer, domBuilder);
              } else {
                end++;
              }
          }
        } catch (e) {
          if (e instanceof ParseError) {
            throw e;
          } else if (e instanceof DOMException) {
            return errorHandler.fatalError("Error constructing the DOM: " + e.name + ": " + e.message, e);
          }
          errorHandler.error("element parse error: " + e);
          end = -1;
        }
        if (end > start) {
          start = end;
        } else {
          appendText(Math.max(tagStart, start) + 1);
        }
      }
    }
    function copyLocator(f, t) {
      t.lineNumber = f.lineNumber;
      t.columnNumber = f.columnNumber;
      return t;
    }
    function parseElementStartPart(source, start, el, currentNSMap, entityReplacer, errorHandler, isHTML) {
      function addAttribute(qname, value2, startIndex) {
        if (hasOwn(el.attributeNames, qname)) {
          return errorHandler.fatalError("Attribute " + qname + " redefined");
        }
        if (!isHTML && value2.indexOf("<") >= 0) {
          return errorHandler.fatalError("Unescaped '<' not allowed in attributes values");
        }
        el.addValue(
          qname,
          // @see https://www.w3.org/TR/xml/#AVNormalize
          // since the xmldom sax parser does not "interpret" DTD the following is not implemented:
          // - recursive replacement of (DTD) entity references
          // - trimming and collapsing multiple spaces into a single one for attributes that are not of type CDATA
          value2.replace(/[\t\n\r]/g, " ").replace(ENTITY_REG, entityReplacer),
          startIndex
        );
      }
      var attrName;
      var value;
      var p = ++start;
      var s = S_TAG;
      while (true) {
        var c = source.charAt(p);
        if (s === S_TAG && c === "<") {
          throw new Error("unexpected < in tag name: " + source.slice(start, p));
        }
        switch (c) {
          case "=":
            if (s === S_ATTR) {
              attrName = source.slice(start, p);
              s = S_EQ;
            } else if (s === S_ATTR_SPACE) {
              s = S_EQ;
            } else {
              throw new Error("attribute equal must after attrName");
            }
            break;
          case "'":
          case '"':
            if (s === S_EQ || s === S_ATTR) {
              if (s === S_ATTR) {
                errorHandler.warning('attribute value must after "="');
                attrName = source.slice(start, p);
              }
              start = p + 1;
              p = source.indexOf(c, start);
              if (p > 0) {
                value = source.slice(start, p);
                addAttribute(attrName, value, start - 1);
                s = S_ATTR_END;
              } else {
                throw new Error("attribute value no end '" + c + "' match");
              }
            } else if (s == S_ATTR_NOQUOT_VALUE) {
              value = source.slice(start, p);
              addAttribute(attrName, value, start);
              errorHandler.warning('attribute "' + attrName + '" missed start quot(' + c + ")!!");
              start = p + 1;
              s = S_ATTR_END;
            } else {
              throw new Error('attribute value must after "="');
            }
            break;
          case "/":
            switch (s) {
              case S_TAG:
                el.setTagName(source.slice(start, p));
              case S_ATTR_END:
              case S_TAG_SPACE:
              case S_TAG_CLOSE:
                s = S_TAG_CLOSE;
                el.closed = true;
              case S_ATTR_NOQUOT_VALUE:
              case S_ATTR:
                break;
              case S_ATTR_SPACE:
                el.closed = true;
                break;
              //case S_EQ:
              default:
                throw new Error("attribute invalid close char('/')");
            }
            break;
          case "":
            errorHandler.error("unexpected end of input");
            if (s == S_TAG) {
              el.setTagName(source.slice(start, p));
            }
            return p;
          case ">":
            switch (s) {
              case S_TAG:
                el.setTagName(source.slice(start, p));
              case S_ATTR_END:
              case S_TAG_SPACE:
              case S_TAG_CLOSE:
                break;
              //normal
              case S_ATTR_NOQUOT_VALUE:
              //Compatible state
              case S_ATTR:
                value = source.slice(start, p);
                if (value.slice(-1) === "/") {
                  el.closed = true;
                  value = value.slice(0, -1);
                }
              case S_ATTR_SPACE:
                if (s === S_ATTR_SPACE) {
                  value = attrName;
                }
                if (s == S_ATTR_NOQUOT_VALUE) {
                  errorHandler.warning('attribute "' + value + '" missed quot(")!');
                  addAttribute(attrName, value, start);
                } else {
                  if (!isHTML) {
                    errorHandler.warning('attribute "' + value + '" missed value!! "' + value + '" instead!!');
                  }
                  addAttribute(value, value, start);
                }
                break;
              case S_EQ:
                if (!isHTML) {
                  return errorHandler.fatalError(`AttValue: ' or " expected`);
                }
            }
            return p;
          /*xml space '\x20' | #x9 | #xD | #xA; */
          case "\x80":
            c = " ";
          default:
            if (c <= " ") {
              switch (s) {
                case S_TAG:
                  el.setTagName(source.slice(start, p));
                  s = S_TAG_SPACE;
                  break;
                case S_ATTR:
                  attrName = source.slice(start, p);
                  s = S_ATTR_SPACE;
                  break;
                case S_ATTR_NOQUOT_VALUE:
                  var value = source.slice(start, p);
                  errorHandler.warning('attribute "' + value + '" missed quot(")!!');
                  addAttribute(attrName, value, start);
                case S_ATTR_END:
                  s = S_TAG_SPACE;
                  break;
              }
            } else {
              switch (s) {
                //case S_TAG:void();break;
                //case S_ATTR:void();break;
                //case S_ATTR_NOQUOT_VALUE:void();break;
                case S_ATTR_SPACE:
                  if (!isHTML) {
                    errorHandler.warning('attribute "' + attrName + '" missed value!! "' + attrName + '" instead2!!');
                  }
                  addAttribute(attrName, attrName, start);
                  start = p;
                  s = S_ATTR;
                  break;
                case S_ATTR_END:
                  errorHandler.warning('attribute space is required"' + attrName + '"!!');
                case S_TAG_SPACE:
                  s = S_ATTR;
                  start = p;
                  break;
                case S_EQ:
                  s = S_ATTR_NOQUOT_VALUE;
                  start = p;
                  break;
                case S_TAG_CLOSE:
                  throw new Error("elements closed character '/' and '>' must be connected to");
              }
            }
        }
        p++;
      }
    }
    function appendElement(el, domBuilder, currentNSMap) {
      var tagName = el.tagName;
      var localNSMap = null;
      var i = el.length;
      while (i--) {
        var a = el[i];
        var qName = a.qName;
        var value = a.value;
        var nsp = qName.indexOf(":");
        if (nsp > 0) {
          var prefix = a.prefix = qName.slice(0, nsp);
          var localName = qName.slice(nsp + 1);
          var nsPrefix = prefix === "xmlns" && localName;
        } else {
          localName = qName;
          prefix = null;
          nsPrefix = qName === "xmlns" && "";
        }
        a.localName = localName;
        if (nsPrefix !== false) {
          if (localNSMap == null) {
            localNSMap = /* @__PURE__ */ Object.create(null);
            currentNSMap = Object.create(currentNSMap);
          }
          currentNSMap[nsPrefix] = localNSMap[nsPrefix] = value;
          a.uri = NAMESPACE.XMLNS;
          domBuilder.startPrefixMapping(nsPrefix, value);
        }
      }
      var i = el.length;
      while (i--) {
        a = el[i];
        if (a.prefix) {
          if (a.prefix === "xml") {
            a.uri = NAMESPACE.XML;
          }
          if (a.prefix !== "xmlns") {
            a.uri = currentNSMap[a.prefix];
          }
        }
      }
      var nsp = tagName.indexOf(":");
      if (nsp > 0) {
        prefix = el.prefix = tagName.slice(0, nsp);
        localName = el.localName = tagName.slice(nsp + 1);
      } else {
        prefix = null;
        localName = el.localName = tagName;
      }
      var ns = el.uri = currentNSMap[prefix || ""];
      domBuilder.startElement(ns, localName, tagName, el);
      if (el.closed) {
        domBuilder.endElement(ns, localName, tagName);
        if (localNSMap) {
          for (prefix in localNSMap) {
            if (hasOwn(localNSMap, prefix)) {
              domBuilder.endPrefixMapping(prefix);
            }
          }
        }
      } else {
        el.currentNSMap = currentNSMap;
        el.localNSMap = localNSMap;
        return true;
      }
    }
    function parseHtmlSpecialContent(source, elStartEnd, tagName, entityReplacer, domBuilder) {
      var isEscapableRaw = isHTMLEscapableRawTextElement(tagName);
      if (isEscapableRaw || isHTMLRawTextElement(tagName)) {
        var closeTag = new RegExp("</" + tagName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ">", "ig");
        closeTag.lastIndex = elStartEnd;
        var match = closeTag.exec(source);
        var elEndStart = match ? match.index : -1;
        if (elEndStart < 0) {
          return elStartEnd + 1;
        }
        var text3 = source.substring(elStartEnd + 1, elEndStart);
        if (isEscapableRaw) {
          text3 = text3.replace(ENTITY_REG, entityReplacer);
        }
        domBuilder.characters(text3, 0, text3.length);
        return elEndStart;
      }
      return elStartEnd + 1;
    }
    function _copy(source, target) {
      for (var n in source) {
        if (hasOwn(source, n)) {
          target[n] = source[n];
        }
      }
    }
    function parseUtils(source, start) {
      var index = start;
      function char(n) {
        n = n || 0;
        return source.charAt(index + n);
      }
      function skip(n) {
        n = n || 1;
        index += n;
      }
      function skipBlanks() {
        var blanks = 0;
        while (index < source.length) {
          var c = char();
          if (c !== " " && c !== "\n" && c !== "	" && c !== "\r") {
            return blanks;
          }
          blanks++;
          skip();
        }
        return -1;
      }
      function substringFromIndex() {
        return source.substring(index);
      }
      function substringStartsWith(text3) {
        return source.substring(index, index + text3.length) === text3;
      }
      function substringStartsWithCaseInsensitive(text3) {
        return source.substring(index, index + text3.length).toUpperCase() === text3.toUpperCase();
      }
      function getMatch(args) {
        var expr = g.reg("^", args);
        var match = expr.exec(substringFromIndex());
        if (match) {
          skip(match[0].length);
          return match[0];
        }
        return null;
      }
      return {
        char,
        getIndex: function() {
          return index;
        },
        getMatch,
        getSource: function() {
          return source;
        },
        skip,
        skipBlanks,
        substringFromIndex,
        substringStartsWith,
        substringStartsWithCaseInsensitive
      };
    }
    function parseDoctypeInternalSubset(p, errorHandler) {
      function parsePI(p2, errorHandler2) {
        var match = g.PI.exec(p2.substringFromIndex());
        if (!match) {
          return errorHandler2.fatalError("processing instruction is not well-formed at position " + p2.getIndex());
        }
        if (match[1].toLowerCase() === "xml") {
          return errorHandler2.fatalError(
            "xml declaration is only allowed at the start of the document, but found at position " + p2.getIndex()
          );
        }
        p2.skip(match[0].length);
        return match[0];
      }
      var source = p.getSource();
      if (p.char() === "[") {
        p.skip(1);
        var intSubsetStart = p.getIndex();
        while (p.getIndex() < source.length) {
          p.skipBlanks();
          if (p.char() === "]") {
            var internalSubset = source.substring(intSubsetStart, p.getIndex());
            p.skip(1);
            return internalSubset;
          }
          var current = null;
          if (p.char() === "<" && p.char(1) === "!") {
            switch (p.char(2)) {
              case "E":
                if (p.char(3) === "L") {
                  current = p.getMatch(g.elementdecl);
                } else if (p.char(3) === "N") {
                  current = p.getMatch(g.EntityDecl);
                }
                break;
              case "A":
                current = p.getMatch(g.AttlistDecl);
                break;
              case "N":
                current = p.getMatch(g.NotationDecl);
                break;
              case "-":
                current = p.getMatch(g.Comment);
                break;
            }
          } else if (p.char() === "<" && p.char(1) === "?") {
            current = parsePI(p, errorHandler);
          } else if (p.char() === "%") {
            current = p.getMatch(g.PEReference);
          } else {
            return errorHandler.fatalError("Error detected in Markup declaration");
          }
          if (!current) {
            return errorHandler.fatalError("Error in internal subset at position " + p.getIndex());
          }
        }
        return errorHandler.fatalError("doctype internal subset is not well-formed, missing ]");
      }
    }
    function parseDoctypeCommentOrCData(source, start, domBuilder, errorHandler, isHTML) {
      var p = parseUtils(source, start);
      switch (isHTML ? p.char(2).toUpperCase() : p.char(2)) {
        case "-":
          var comment = p.getMatch(g.Comment);
          if (comment) {
            domBuilder.comment(comment, g.COMMENT_START.length, comment.length - g.COMMENT_START.length - g.COMMENT_END.length);
            return p.getIndex();
          } else {
            return errorHandler.fatalError("comment is not well-formed at position " + p.getIndex());
          }
        case "[":
          var cdata = p.getMatch(g.CDSect);
          if (cdata) {
            if (!isHTML && !domBuilder.currentElement) {
              return errorHandler.fatalError("CDATA outside of element");
            }
            domBuilder.startCDATA();
            domBuilder.characters(cdata, g.CDATA_START.length, cdata.length - g.CDATA_START.length - g.CDATA_END.length);
            domBuilder.endCDATA();
            return p.getIndex();
          } else {
            return errorHandler.fatalError("Invalid CDATA starting at position " + start);
          }
        case "D": {
          if (domBuilder.doc && domBuilder.doc.documentElement) {
            return errorHandler.fatalError("Doctype not allowed inside or after documentElement at position " + p.getIndex());
          }
          if (isHTML ? !p.substringStartsWithCaseInsensitive(g.DOCTYPE_DECL_START) : !p.substringStartsWith(g.DOCTYPE_DECL_START)) {
            return errorHandler.fatalError("Expected " + g.DOCTYPE_DECL_START + " at position " + p.getIndex());
          }
          p.skip(g.DOCTYPE_DECL_START.length);
          if (p.skipBlanks() < 1) {
            return errorHandler.fatalError("Expected whitespace after " + g.DOCTYPE_DECL_START + " at position " + p.getIndex());
          }
          var doctype = {
            name: void 0,
            publicId: void 0,
            systemId: void 0,
            internalSubset: void 0
          };
          doctype.name = p.getMatch(g.Name);
          if (!doctype.name)
            return errorHandler.fatalError("doctype name missing or contains unexpected characters at position " + p.getIndex());
          if (isHTML && doctype.name.toLowerCase() !== "html") {
            errorHandler.warning("Unexpected DOCTYPE in HTML document at position " + p.getIndex());
          }
          p.skipBlanks();
          if (p.substringStartsWith(g.PUBLIC) || p.substringStartsWith(g.SYSTEM)) {
            var match = g.ExternalID_match.exec(p.substringFromIndex());
            if (!match) {
              return errorHandler.fatalError("doctype external id is not well-formed at position " + p.getIndex());
            }
            if (match.groups.SystemLiteralOnly !== void 0) {
              doctype.systemId = match.groups.SystemLiteralOnly;
            } else {
              doctype.systemId = match.groups.SystemLiteral;
              doctype.publicId = match.groups.PubidLiteral;
            }
            p.skip(match[0].length);
          } else if (isHTML && p.substringStartsWithCaseInsensitive(g.SYSTEM)) {
            p.skip(g.SYSTEM.length);
            if (p.skipBlanks() < 1) {
              return errorHandler.fatalError("Expected whitespace after " + g.SYSTEM + " at position " + p.getIndex());
            }
            doctype.systemId = p.getMatch(g.ABOUT_LEGACY_COMPAT_SystemLiteral);
            if (!doctype.systemId) {
              return errorHandler.fatalError(
                "Expected " + g.ABOUT_LEGACY_COMPAT + " in single or double quotes after " + g.SYSTEM + " at position " + p.getIndex()
              );
            }
          }
          if (isHTML && doctype.systemId && !g.ABOUT_LEGACY_COMPAT_SystemLiteral.test(doctype.systemId)) {
            errorHandler.warning("Unexpected doctype.systemId in HTML document at position " + p.getIndex());
          }
          if (!isHTML) {
            p.skipBlanks();
            doctype.internalSubset = parseDoctypeInternalSubset(p, errorHandler);
          }
          p.skipBlanks();
          if (p.char() !== ">") {
            return errorHandler.fatalError("doctype not terminated with > at position " + p.getIndex());
          }
          p.skip(1);
          domBuilder.startDTD(doctype.name, doctype.publicId, doctype.systemId, doctype.internalSubset);
          domBuilder.endDTD();
          return p.getIndex();
        }
        default:
          return errorHandler.fatalError('Not well-formed XML starting with "<!" at position ' + start);
      }
    }
    function parseProcessingInstruction(source, start, domBuilder, errorHandler) {
      var match = source.substring(start).match(g.PI);
      if (!match) {
        return errorHandler.fatalError("Invalid processing instruction starting at position " + start);
      }
      if (match[1].toLowerCase() === "xml") {
        if (start > 0) {
          return errorHandler.fatalError(
            "processing instruction at position " + start + " is an xml declaration which is only at the start of the document"
          );
        }
        if (!g.XMLDecl.test(source.substring(start))) {
          return errorHandler.fatalError("xml declaration is not well-formed");
        }
      }
      domBuilder.processingInstruction(match[1], match[2]);
      return start + match[0].length;
    }
    function ElementAttributes() {
      this.attributeNames = /* @__PURE__ */ Object.create(null);
    }
    ElementAttributes.prototype = {
      setTagName: function(tagName) {
        if (!g.QName_exact.test(tagName)) {
          throw new Error("invalid tagName:" + tagName);
        }
        this.tagName = tagName;
      },
      addValue: function(qName, value, offset) {
        if (!g.QName_exact.test(qName)) {
          throw new Error("invalid attribute:" + qName);
        }
        this.attributeNames[qName] = this.length;
        this[this.length++] = { qName, value, offset };
      },
      length: 0,
      getLocalName: function(i) {
        return this[i].localName;
      },
      getLocator: function(i) {
        return this[i].locator;
      },
      getQName: function(i) {
        return this[i].qName;
      },
      getURI: function(i) {
        return this[i].uri;
      },
      getValue: function(i) {
        return this[i].value;
      }
      //	,getIndex:function(uri, localName)){
      //		if(localName){
      //
      //		}else{
      //			var qName = uri
      //		}
      //	},
      //	getValue:function(){return this.getValue(this.getIndex.apply(this,arguments))},
      //	getType:function(uri,localName){}
      //	getType:function(i){},
    };
    exports2.XMLReader = XMLReader;
    exports2.parseUtils = parseUtils;
    exports2.parseDoctypeCommentOrCData = parseDoctypeCommentOrCData;
  }
});

// node_modules/@xmldom/xmldom/lib/dom-parser.js
var require_dom_parser = __commonJS({
  "node_modules/@xmldom/xmldom/lib/dom-parser.js"(exports2) {
    "use strict";
    var conventions = require_conventions();
    var dom = require_dom();
    var errors = require_errors();
    var entities = require_entities();
    var sax = require_sax();
    var DOMImplementation = dom.DOMImplementation;
    var hasDefaultHTMLNamespace = conventions.hasDefaultHTMLNamespace;
    var isHTMLMimeType = conventions.isHTMLMimeType;
    var isValidMimeType = conventions.isValidMimeType;
    var MIME_TYPE = conventions.MIME_TYPE;
    var NAMESPACE = conventions.NAMESPACE;
    var ParseError = errors.ParseError;
    var XMLReader = sax.XMLReader;
    function normalizeLineEndings(input) {
      return input.replace(/\r[\n\u0085]/g, "\n").replace(/[\r\u0085\u2028\u2029]/g, "\n");
    }
    function DOMParser2(options) {
      options = options || {};
      if (options.locator === void 0) {
        options.locator = true;
      }
      this.assign = options.assign || conventions.assign;
      this.domHandler = options.domHandler || DOMHandler;
      this.onError = options.onError || options.errorHandler;
      if (options.errorHandler && typeof options.errorHandler !== "function") {
        throw new TypeError("errorHandler object is no longer supported, switch to onError!");
      } else if (options.errorHandler) {
        options.errorHandler("warning", "The `errorHandler` option has been deprecated, use `onError` instead!", this);
      }
      this.normalizeLineEndings = options.normalizeLineEndings || normalizeLineEndings;
      this.locator = !!options.locator;
      this.xmlns = this.assign(/* @__PURE__ */ Object.create(null), options.xmlns);
    }
    DOMParser2.prototype.parseFromString = function(source, mimeType) {
      if (!isValidMimeType(mimeType)) {
        throw new TypeError('DOMParser.parseFromString: the provided mimeType "' + mimeType + '" is not valid.');
      }
      var defaultNSMap = this.assign(/* @__PURE__ */ Object.create(null), this.xmlns);
      var entityMap = entities.XML_ENTITIES;
      var defaultNamespace = defaultNSMap[""] || null;
      if (hasDefaultHTMLNamespace(mimeType)) {
        entityMap = entities.HTML_ENTITIES;
        defaultNamespace = NAMESPACE.HTML;
      } else if (mimeType === MIME_TYPE.XML_SVG_IMAGE) {
        defaultNamespace = NAMESPACE.SVG;
      }
      defaultNSMap[""] = defaultNamespace;
      defaultNSMap.xml = defaultNSMap.xml || NAMESPACE.XML;
      var domBuilder = new this.domHandler({
        mimeType,
        defaultNamespace,
        onError: this.onError
      });
      var locator = this.locator ? {} : void 0;
      if (this.locator) {
        domBuilder.setDocumentLocator(locator);
      }
      var sax2 = new XMLReader();
      sax2.errorHandler = domBuilder;
      sax2.domBuilder = domBuilder;
      var isXml = !conventions.isHTMLMimeType(mimeType);
      if (isXml && typeof source !== "string") {
        sax2.errorHandler.fatalError("source is not a string");
      }
      sax2.parse(this.normalizeLineEndings(String(source)), defaultNSMap, entityMap);
      if (!domBuilder.doc.documentElement) {
        sax2.errorHandler.fatalError("missing root element");
      }
      return domBuilder.doc;
    };
    function DOMHandler(options) {
      var opt = options || {};
      this.mimeType = opt.mimeType || MIME_TYPE.XML_APPLICATION;
      this.defaultNamespace = opt.defaultNamespace || null;
      this.cdata = false;
      this.currentElement = void 0;
      this.doc = void 0;
      this.locator = void 0;
      this.onError = opt.onError;
    }
    function position(locator, node) {
      node.lineNumber = locator.lineNumber;
      node.columnNumber = locator.columnNumber;
    }
    DOMHandler.prototype = {
      /**
       * Either creates an XML or an HTML document and stores it under `this.doc`.
       * If it is an XML document, `this.defaultNamespace` is used to create it,
       * and it will not contain any `childNodes`.
       * If it is an HTML document, it will be created without any `childNodes`.
       *
       * @see http://www.saxproject.org/apidoc/org/xml/sax/ContentHandler.html
       */
      startDocument: function() {
        var impl = new DOMImplementation();
        this.doc = isHTMLMimeType(this.mimeType) ? impl.createHTMLDocument(false) : impl.createDocument(this.defaultNamespace, "");
      },
      startElement: function(namespaceURI, localName, qName, attrs) {
        var doc = this.doc;
        var el = doc.createElementNS(namespaceURI, qName || localName);
        var len = attrs.length;
        appendElement(this, el);
        this.currentElement = el;
        this.locator && position(this.locator, el);
        for (var i = 0; i < len; i++) {
          var namespaceURI = attrs.getURI(i);
          var value = attrs.getValue(i);
          var qName = attrs.getQName(i);
          var attr = doc.createAttributeNS(namespaceURI, qName);
          this.locator && position(attrs.getLocator(i), attr);
          attr.value = attr.nodeValue = value;
          el.setAttributeNode(attr);
        }
      },
      endElement: function(namespaceURI, localName, qName) {
        this.currentElement = this.currentElement.parentNode;
      },
      startPrefixMapping: function(prefix, uri) {
      },
      endPrefixMapping: function(prefix) {
      },
      processingInstruction: function(target, data) {
        var ins = this.doc.createProcessingInstruction(target, data);
        this.locator && position(this.locator, ins);
        appendElement(this, ins);
      },
      ignorableWhitespace: function(ch, start, length) {
      },
      characters: function(chars, start, length) {
        chars = _toString.apply(this, arguments);
        if (chars) {
          if (this.cdata) {
            var charNode = this.doc.createCDATASection(chars);
          } else {
            var charNode = this.doc.createTextNode(chars);
          }
          if (this.currentElement) {
            this.currentElement.appendChild(charNode);
          } else if (/^\s*$/.test(chars)) {
            this.doc.appendChild(charNode);
          }
          this.locator && position(this.locator, charNode);
        }
      },
      skippedEntity: function(name) {
      },
      endDocument: function() {
        this.doc.normalize();
      },
      /**
       * Stores the locator to be able to set the `columnNumber` and `lineNumber`
       * on the created DOM nodes.
       *
       * @param {Locator} locator
       */
      setDocumentLocator: function(locator) {
        if (locator) {
          locator.lineNumber = 0;
        }
        this.locator = locator;
      },
      //LexicalHandler
      comment: function(chars, start, length) {
        chars = _toString.apply(this, arguments);
        var comm = this.doc.createComment(chars);
        this.locator && position(this.locator, comm);
        appendElement(this, comm);
      },
      startCDATA: function() {
        this.cdata = true;
      },
      endCDATA: function() {
        this.cdata = false;
      },
      startDTD: function(name, publicId, systemId, internalSubset) {
        var impl = this.doc.implementation;
        if (impl && impl.createDocumentType) {
          var dt = impl.createDocumentType(name, publicId, systemId, internalSubset);
          this.locator && position(this.locator, dt);
          appendElement(this, dt);
          this.doc.doctype = dt;
        }
      },
      reportError: function(level, message) {
        if (typeof this.onError === "function") {
          try {
            this.onError(level, message, this);
          } catch (e) {
            throw new ParseError("Reporting " + level + ' "' + message + '" caused ' + e, this.locator);
          }
        } else {
          console.error("[xmldom " + level + "]	" + message, _locator(this.locator));
        }
      },
      /**
       * @see http://www.saxproject.org/apidoc/org/xml/sax/ErrorHandler.html
       */
      warning: function(message) {
        this.reportError("warning", message);
      },
      error: function(message) {
        this.reportError("error", message);
      },
      /**
       * This function reports a fatal error and throws a ParseError.
       *
       * @param {string} message
       * - The message to be used for reporting and throwing the error.
       * @param {Error} [cause]
       * The error that caused this fatal error, preserved as the thrown `ParseError`'s `cause`.
       * @returns {never}
       * This function always throws an error and never returns a value.
       * @throws {ParseError}
       * Always throws a ParseError with the provided message.
       */
      fatalError: function(message, cause) {
        this.reportError("fatalError", message);
        throw new ParseError(message, this.locator, cause);
      }
    };
    function _locator(l) {
      if (l) {
        return "\n@#[line:" + l.lineNumber + ",col:" + l.columnNumber + "]";
      }
    }
    function _toString(chars, start, length) {
      if (typeof chars == "string") {
        return chars.substr(start, length);
      } else {
        if (chars.length >= start + length || start) {
          return new java.lang.String(chars, start, length) + "";
        }
        return chars;
      }
    }
    "endDTD,startEntity,endEntity,attributeDecl,elementDecl,externalEntityDecl,internalEntityDecl,resolveEntity,getExternalSubset,notationDecl,unparsedEntityDecl".replace(
      /\w+/g,
      function(key) {
        DOMHandler.prototype[key] = function() {
          return null;
        };
      }
    );
    function appendElement(handler, node) {
      if (!handler.currentElement) {
        handler.doc.appendChild(node);
      } else {
        handler.currentElement.appendChild(node);
      }
    }
    function onErrorStopParsing(level) {
      if (level === "error") throw "onErrorStopParsing";
    }
    function onWarningStopParsing() {
      throw "onWarningStopParsing";
    }
    exports2.__DOMHandler = DOMHandler;
    exports2.DOMParser = DOMParser2;
    exports2.normalizeLineEndings = normalizeLineEndings;
    exports2.onErrorStopParsing = onErrorStopParsing;
    exports2.onWarningStopParsing = onWarningStopParsing;
  }
});

// node_modules/@xmldom/xmldom/lib/index.js
var require_lib = __commonJS({
  "node_modules/@xmldom/xmldom/lib/index.js"(exports2) {
    "use strict";
    var conventions = require_conventions();
    exports2.assign = conventions.assign;
    exports2.hasDefaultHTMLNamespace = conventions.hasDefaultHTMLNamespace;
    exports2.isHTMLMimeType = conventions.isHTMLMimeType;
    exports2.isValidMimeType = conventions.isValidMimeType;
    exports2.MIME_TYPE = conventions.MIME_TYPE;
    exports2.NAMESPACE = conventions.NAMESPACE;
    var errors = require_errors();
    exports2.DOMException = errors.DOMException;
    exports2.DOMExceptionName = errors.DOMExceptionName;
    exports2.ExceptionCode = errors.ExceptionCode;
    exports2.ParseError = errors.ParseError;
    var dom = require_dom();
    exports2.Attr = dom.Attr;
    exports2.CDATASection = dom.CDATASection;
    exports2.CharacterData = dom.CharacterData;
    exports2.Comment = dom.Comment;
    exports2.Document = dom.Document;
    exports2.DocumentFragment = dom.DocumentFragment;
    exports2.DocumentType = dom.DocumentType;
    exports2.DOMImplementation = dom.DOMImplementation;
    exports2.Element = dom.Element;
    exports2.Entity = dom.Entity;
    exports2.EntityReference = dom.EntityReference;
    exports2.LiveNodeList = dom.LiveNodeList;
    exports2.NamedNodeMap = dom.NamedNodeMap;
    exports2.Node = dom.Node;
    exports2.NodeList = dom.NodeList;
    exports2.Notation = dom.Notation;
    exports2.ProcessingInstruction = dom.ProcessingInstruction;
    exports2.Text = dom.Text;
    exports2.XMLSerializer = dom.XMLSerializer;
    var domParser = require_dom_parser();
    exports2.DOMParser = domParser.DOMParser;
    exports2.normalizeLineEndings = domParser.normalizeLineEndings;
    exports2.onErrorStopParsing = domParser.onErrorStopParsing;
    exports2.onWarningStopParsing = domParser.onWarningStopParsing;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var FullTextDocument = class _FullTextDocument {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range2) {
    if (range2) {
      const start = this.offsetAt(range2.start);
      const end = this.offsetAt(range2.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(changes, version) {
    for (const change of changes) {
      if (_FullTextDocument.isIncremental(change)) {
        const range2 = getWellformedRange(change.range);
        const startOffset = this.offsetAt(range2.start);
        const endOffset = this.offsetAt(range2.end);
        this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
        const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
        if (crlfAtStart || crlfAtEnd) {
          this._lineOffsets = void 0;
          continue;
        }
        const startLine = Math.max(range2.start.line, 0);
        const endLine = Math.max(range2.end.line, 0);
        let lineOffsets = this._lineOffsets;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
          }
        } else {
          if (addedLineOffsets.length < 1e4) {
            lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
          } else {
            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
          }
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
            lineOffsets[i] = lineOffsets[i] + diff;
          }
        }
      } else if (_FullTextDocument.isFull(change)) {
        this._content = change.text;
        this._lineOffsets = void 0;
      } else {
        throw new Error("Unknown change event received");
      }
    }
    this._version = version;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      this._lineOffsets = computeLineOffsets(this._content, true);
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }
  getLineRange(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
    } else if (line < 0) {
      return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }
  getEOLCharacters(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      return "";
    } else if (line < 0) {
      return "";
    }
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
    return this._content.substring(eolOffset, nextLineOffset);
  }
  ensureBeforeEOL(offset, lineOffset) {
    while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
  static isIncremental(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
  }
  static isFull(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
  }
};
var TextDocument;
(function(TextDocument3) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument(uri, languageId, version, content);
  }
  TextDocument3.create = create;
  function update(document2, changes, version) {
    if (document2 instanceof FullTextDocument) {
      document2.update(changes, version);
      return document2;
    } else {
      throw new Error("TextDocument.update: document must be created by TextDocument.create");
    }
  }
  TextDocument3.update = update;
  function applyEdits(document2, edits) {
    const text3 = document2.getText();
    const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = 0;
    const spans = [];
    for (const e of sortedEdits) {
      const startOffset = document2.offsetAt(e.range.start);
      if (startOffset < lastModifiedOffset) {
        throw new Error("Overlapping edit");
      } else if (startOffset > lastModifiedOffset) {
        spans.push(text3.substring(lastModifiedOffset, startOffset));
      }
      if (e.newText.length) {
        spans.push(e.newText);
      }
      lastModifiedOffset = document2.offsetAt(e.range.end);
    }
    spans.push(text3.substr(lastModifiedOffset));
    return spans.join("");
  }
  TextDocument3.applyEdits = applyEdits;
})(TextDocument || (TextDocument = {}));
function mergeSort(data, compare2) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare2);
  mergeSort(right, compare2);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare2(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text3, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text3.length; i++) {
    const ch = text3.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text3.length && text3.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range2) {
  const start = range2.start;
  const end = range2.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range2;
}
function getWellformedEdit(textEdit) {
  const range2 = getWellformedRange(textEdit.range);
  if (range2 !== textEdit.range) {
    return { newText: textEdit.newText, range: range2 };
  }
  return textEdit;
}

// shared/protocol.ts
var DEFAULT_SETTINGS = { dialect: "auto", maxDiagnostics: 1e3, rules: {} };

// server/src/data/limits.ts
var MAX_BODY = 1600;
var RECOMMENDED_BODY = 320;
var MAX_MEDIA = 10;
var MAX_MESSAGES = 10;
var MAX_DOCUMENT_BYTES = 64 * 1024;
var NESTING_ERROR_CODES = {
  Gather: 13320,
  Dial: 13215,
  Start: 14300
};

// server/src/data/schemaBuilders.ts
var HTTP_METHOD = { kind: "http-method" };
var BOOLEAN = { kind: "boolean" };
function url(options = {}) {
  return { kind: "url", ...options };
}
function integer(min, max) {
  return withBounds({ kind: "integer" }, min, max);
}
function decimal(min, max) {
  return withBounds({ kind: "decimal" }, min, max);
}
function oneOf(values) {
  return { kind: "enum", values };
}
function openEnum(values) {
  return { kind: "enum", values, open: true };
}
function spaceList(item) {
  return { kind: "list", separator: " ", item };
}
function phoneNumber(...alsoAccepts) {
  return alsoAccepts.length > 0 ? { kind: "phone-number", alsoAccepts } : { kind: "phone-number" };
}
function sid(prefix) {
  return { kind: "sid", prefix };
}
function text(maxLength) {
  return maxLength === void 0 ? { kind: "string" } : { kind: "string", maxLength };
}
function withBounds(base, min, max) {
  const type = { ...base };
  if (min !== void 0) type.min = min;
  if (max !== void 0) type.max = max;
  return type;
}

// server/src/data/messagingElements.ts
var MESSAGING_ELEMENTS = [
  {
    id: "Response",
    name: "Response",
    dialect: "messaging",
    kind: "root",
    parents: [],
    children: ["Message", "Redirect", "Sms"],
    text: { allowed: false },
    description: "Root of every Messaging TwiML reply; Twilio runs the verbs inside it from top to bottom.",
    docUrl: "https://www.twilio.com/docs/messaging/twiml",
    attributes: []
  },
  {
    id: "Message",
    name: "Message",
    dialect: "messaging",
    kind: "verb",
    parents: ["Response"],
    children: ["Body", "Media"],
    text: { allowed: true, maxLength: MAX_BODY, meaning: "Text of the message (at most 1,600 characters)." },
    description: "Sends one message (SMS, MMS, WhatsApp and other channels) back to the sender, or to the number in `to`.",
    docUrl: "https://www.twilio.com/docs/messaging/twiml/message",
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML returned by the action URL takes over and the verbs after this <Message> never run."
    },
    attributes: [
      {
        name: "to",
        type: phoneNumber("local-format"),
        docUrl: "https://www.twilio.com/docs/messaging/twiml/message#to",
        description: "Recipient of the message; defaults to whoever sent the incoming message."
      },
      {
        name: "from",
        type: phoneNumber("alphanumeric-sender", "local-format"),
        docUrl: "https://www.twilio.com/docs/messaging/twiml/message#from",
        description: "Sender: a Twilio number or an alphanumeric sender ID; defaults to the number that received the incoming message."
      },
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/messaging/twiml/message#action",
        description: "URL that receives the status of the sent message; the TwiML it returns takes over, so later verbs never run."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/messaging/twiml/message#method",
        description: "HTTP method for the action request."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/messaging/twiml/message#statuscallback",
        description: "URL that receives the status of the sent message. The SDKs call it superseded by action, while the docs advise setting it to the same URL as action."
      }
    ]
  },
  {
    id: "Redirect",
    name: "Redirect",
    dialect: "messaging",
    kind: "verb",
    parents: ["Response"],
    children: [],
    // The Redirect page describes the URL but not an empty one: at most a Warning.
    text: { allowed: true, required: "warning", meaning: "URL of the TwiML document to continue with." },
    description: "Hands the rest of the reply to the TwiML found at another URL; verbs after it never run.",
    docUrl: "https://www.twilio.com/docs/messaging/twiml/redirect",
    flow: { kind: "transfer", reason: "<Redirect> hands control to the TwiML at its URL; nothing after it runs." },
    attributes: [
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/messaging/twiml/redirect#method",
        description: "HTTP method used to fetch the redirect URL."
      }
    ]
  },
  {
    id: "Body",
    name: "Body",
    dialect: "messaging",
    kind: "noun",
    parents: ["Message"],
    children: [],
    text: {
      allowed: true,
      required: true,
      maxLength: MAX_BODY,
      meaning: "Message text (at most 1,600 characters in total)."
    },
    description: "Text of the message; several <Body> elements in one <Message> are joined into one text.",
    docUrl: "https://www.twilio.com/docs/messaging/twiml/message#nouns",
    attributes: []
  },
  {
    id: "Media",
    name: "Media",
    dialect: "messaging",
    kind: "noun",
    parents: ["Message"],
    children: [],
    text: { allowed: true, required: true, meaning: "Absolute URL of the file to attach." },
    description: "URL of a file to attach to the message (MMS, WhatsApp); at most 10 per <Message>.",
    docUrl: "https://www.twilio.com/docs/messaging/twiml/message#nouns",
    attributes: []
  },
  {
    id: "Sms",
    name: "Sms",
    dialect: "messaging",
    kind: "verb",
    parents: ["Response"],
    children: [],
    text: { allowed: true, meaning: "Text of the SMS." },
    description: "Legacy verb from Twilio's original TwiML that sent an SMS reply; <Message> replaced it.",
    docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response",
    deprecated: {
      replacement: "Message",
      note: "Only Twilio's old SMS docs describe <Sms>; current messaging docs list <Message> and <Redirect> (warning 14110 still names Sms as a valid reply verb). Use <Message>."
    },
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the old <Sms> verb continued at the action URL and skipped the verbs after it."
    },
    attributes: [
      {
        name: "to",
        type: phoneNumber(),
        docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response#to",
        description: "Number to send the SMS to; defaults to the sender of the incoming message."
      },
      {
        name: "from",
        type: phoneNumber(),
        docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response#from",
        description: "Twilio number to send from; defaults to the number that received the incoming message."
      },
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response#action",
        description: "URL requested after the SMS is sent; its TwiML continues the exchange and later verbs are skipped."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response#method",
        description: "HTTP method for the action request."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/api/twiml/sms/your_response#statuscallback",
        description: "URL that receives the SMS status once it is sent or has failed (always POST)."
      }
    ]
  }
];

// server/src/data/voiceValueLists.ts
var SAY_VOICES = [
  "man",
  "woman",
  "alice",
  "Google.af-ZA-Standard-A",
  "Google.am-ET-Standard-A",
  "Google.am-ET-Standard-B",
  "Google.am-ET-Wavenet-A",
  "Google.am-ET-Wavenet-B",
  "Google.ar-XA-Chirp3-HD-Aoede",
  "Google.ar-XA-Chirp3-HD-Charon",
  "Google.ar-XA-Chirp3-HD-Fenrir",
  "Google.ar-XA-Chirp3-HD-Kore",
  "Google.ar-XA-Chirp3-HD-Leda",
  "Google.ar-XA-Chirp3-HD-Orus",
  "Google.ar-XA-Chirp3-HD-Puck",
  "Google.ar-XA-Chirp3-HD-Zephyr",
  "Google.ar-XA-Standard-A",
  "Google.ar-XA-Standard-B",
  "Google.ar-XA-Standard-C",
  "Google.ar-XA-Standard-D",
  "Google.ar-XA-Wavenet-A",
  "Google.ar-XA-Wavenet-B",
  "Google.ar-XA-Wavenet-C",
  "Google.ar-XA-Wavenet-D",
  "Google.bg-BG-Standard-A",
  "Google.bg-BG-Standard-B",
  "Google.bn-IN-Chirp3-HD-Aoede",
  "Google.bn-IN-Chirp3-HD-Charon",
  "Google.bn-IN-Chirp3-HD-Fenrir",
  "Google.bn-IN-Chirp3-HD-Kore",
  "Google.bn-IN-Chirp3-HD-Leda",
  "Google.bn-IN-Chirp3-HD-Orus",
  "Google.bn-IN-Chirp3-HD-Puck",
  "Google.bn-IN-Chirp3-HD-Zephyr",
  "Google.bn-IN-Standard-A",
  "Google.bn-IN-Standard-B",
  "Google.bn-IN-Standard-C",
  "Google.bn-IN-Standard-D",
  "Google.bn-IN-Wavenet-A",
  "Google.bn-IN-Wavenet-B",
  "Google.bn-IN-Wavenet-C",
  "Google.bn-IN-Wavenet-D",
  "Google.ca-ES-Standard-A",
  "Google.ca-ES-Standard-B",
  "Google.cmn-CN-Chirp3-HD-Aoede",
  "Google.cmn-CN-Chirp3-HD-Charon",
  "Google.cmn-CN-Chirp3-HD-Fenrir",
  "Google.cmn-CN-Chirp3-HD-Kore",
  "Google.cmn-CN-Chirp3-HD-Leda",
  "Google.cmn-CN-Chirp3-HD-Orus",
  "Google.cmn-CN-Chirp3-HD-Puck",
  "Google.cmn-CN-Chirp3-HD-Zephyr",
  "Google.cmn-CN-Standard-A",
  "Google.cmn-CN-Standard-B",
  "Google.cmn-CN-Standard-C",
  "Google.cmn-CN-Standard-D",
  "Google.cmn-CN-Wavenet-A",
  "Google.cmn-CN-Wavenet-B",
  "Google.cmn-CN-Wavenet-C",
  "Google.cmn-CN-Wavenet-D",
  "Google.cmn-TW-Standard-A",
  "Google.cmn-TW-Standard-B",
  "Google.cmn-TW-Standard-C",
  "Google.cmn-TW-Wavenet-A",
  "Google.cmn-TW-Wavenet-B",
  "Google.cmn-TW-Wavenet-C",
  "Google.cs-CZ-Standard-A",
  "Google.cs-CZ-Standard-B",
  "Google.cs-CZ-Wavenet-A",
  "Google.cs-CZ-Wavenet-B",
  "Google.da-DK-Neural2-D",
  "Google.da-DK-Neural2-F",
  "Google.da-DK-Standard-A",
  "Google.da-DK-Standard-C",
  "Google.da-DK-Standard-D",
  "Google.da-DK-Standard-E",
  "Google.da-DK-Standard-F",
  "Google.da-DK-Standard-G",
  "Google.da-DK-Wavenet-A",
  "Google.da-DK-Wavenet-C",
  "Google.da-DK-Wavenet-D",
  "Google.da-DK-Wavenet-E",
  "Google.da-DK-Wavenet-F",
  "Google.da-DK-Wavenet-G",
  "Google.de-DE-Chirp3-HD-Aoede",
  "Google.de-DE-Chirp3-HD-Charon",
  "Google.de-DE-Chirp3-HD-Fenrir",
  "Google.de-DE-Chirp3-HD-Kore",
  "Google.de-DE-Chirp3-HD-Leda",
  "Google.de-DE-Chirp3-HD-Orus",
  "Google.de-DE-Chirp3-HD-Puck",
  "Google.de-DE-Chirp3-HD-Zephyr",
  "Google.de-DE-Neural2-A",
  "Google.de-DE-Neural2-B",
  "Google.de-DE-Neural2-C",
  "Google.de-DE-Neural2-D",
  "Google.de-DE-Neural2-F",
  "Google.de-DE-Neural2-G",
  "Google.de-DE-Neural2-H",
  "Google.de-DE-Standard-A",
  "Google.de-DE-Standard-B",
  "Google.de-DE-Standard-C",
  "Google.de-DE-Standard-D",
  "Google.de-DE-Standard-E",
  "Google.de-DE-Standard-F",
  "Google.de-DE-Standard-G",
  "Google.de-DE-Standard-H",
  "Google.de-DE-Wavenet-A",
  "Google.de-DE-Wavenet-B",
  "Google.de-DE-Wavenet-C",
  "Google.de-DE-Wavenet-D",
  "Google.de-DE-Wavenet-E",
  "Google.de-DE-Wavenet-F",
  "Google.de-DE-Wavenet-G",
  "Google.de-DE-Wavenet-H",
  "Google.el-GR-Standard-A",
  "Google.el-GR-Standard-B",
  "Google.el-GR-Wavenet-A",
  "Google.el-GR-Wavenet-B",
  "Google.en-AU-Chirp3-HD-Aoede",
  "Google.en-AU-Chirp3-HD-Charon",
  "Google.en-AU-Chirp3-HD-Fenrir",
  "Google.en-AU-Chirp3-HD-Kore",
  "Google.en-AU-Chirp3-HD-Leda",
  "Google.en-AU-Chirp3-HD-Orus",
  "Google.en-AU-Chirp3-HD-Puck",
  "Google.en-AU-Chirp3-HD-Zephyr",
  "Google.en-AU-Neural2-A",
  "Google.en-AU-Neural2-B",
  "Google.en-AU-Neural2-C",
  "Google.en-AU-Neural2-D",
  "Google.en-AU-Standard-A",
  "Google.en-AU-Standard-B",
  "Google.en-AU-Standard-C",
  "Google.en-AU-Standard-D",
  "Google.en-AU-Wavenet-A",
  "Google.en-AU-Wavenet-B",
  "Google.en-AU-Wavenet-C",
  "Google.en-AU-Wavenet-D",
  "Google.en-GB-Chirp3-HD-Aoede",
  "Google.en-GB-Chirp3-HD-Charon",
  "Google.en-GB-Chirp3-HD-Fenrir",
  "Google.en-GB-Chirp3-HD-Kore",
  "Google.en-GB-Chirp3-HD-Leda",
  "Google.en-GB-Chirp3-HD-Orus",
  "Google.en-GB-Chirp3-HD-Puck",
  "Google.en-GB-Chirp3-HD-Zephyr",
  "Google.en-GB-Neural2-A",
  "Google.en-GB-Neural2-B",
  "Google.en-GB-Neural2-C",
  "Google.en-GB-Neural2-D",
  "Google.en-GB-Neural2-F",
  "Google.en-GB-Neural2-N",
  "Google.en-GB-Neural2-O",
  "Google.en-GB-Standard-A",
  "Google.en-GB-Standard-B",
  "Google.en-GB-Standard-C",
  "Google.en-GB-Standard-D",
  "Google.en-GB-Standard-F",
  "Google.en-GB-Standard-N",
  "Google.en-GB-Standard-O",
  "Google.en-GB-Wavenet-A",
  "Google.en-GB-Wavenet-B",
  "Google.en-GB-Wavenet-C",
  "Google.en-GB-Wavenet-D",
  "Google.en-GB-Wavenet-F",
  "Google.en-GB-Wavenet-N",
  "Google.en-GB-Wavenet-O",
  "Google.en-IN-Chirp3-HD-Aoede",
  "Google.en-IN-Chirp3-HD-Charon",
  "Google.en-IN-Chirp3-HD-Fenrir",
  "Google.en-IN-Chirp3-HD-Kore",
  "Google.en-IN-Chirp3-HD-Leda",
  "Google.en-IN-Chirp3-HD-Orus",
  "Google.en-IN-Chirp3-HD-Puck",
  "Google.en-IN-Chirp3-HD-Zephyr",
  "Google.en-IN-Neural2-A",
  "Google.en-IN-Neural2-B",
  "Google.en-IN-Neural2-C",
  "Google.en-IN-Neural2-D",
  "Google.en-IN-Standard-A",
  "Google.en-IN-Standard-B",
  "Google.en-IN-Standard-C",
  "Google.en-IN-Standard-D",
  "Google.en-IN-Standard-E",
  "Google.en-IN-Standard-F",
  "Google.en-IN-Wavenet-A",
  "Google.en-IN-Wavenet-B",
  "Google.en-IN-Wavenet-C",
  "Google.en-IN-Wavenet-D",
  "Google.en-IN-Wavenet-E",
  "Google.en-IN-Wavenet-F",
  "Google.en-US-Chirp3-HD-Aoede",
  "Google.en-US-Chirp3-HD-Charon",
  "Google.en-US-Chirp3-HD-Fenrir",
  "Google.en-US-Chirp3-HD-Kore",
  "Google.en-US-Chirp3-HD-Leda",
  "Google.en-US-Chirp3-HD-Orus",
  "Google.en-US-Chirp3-HD-Puck",
  "Google.en-US-Chirp3-HD-Zephyr",
  "Google.en-US-Neural2-A",
  "Google.en-US-Neural2-C",
  "Google.en-US-Neural2-D",
  "Google.en-US-Neural2-E",
  "Google.en-US-Neural2-F",
  "Google.en-US-Neural2-G",
  "Google.en-US-Neural2-H",
  "Google.en-US-Neural2-I",
  "Google.en-US-Neural2-J",
  "Google.en-US-Standard-A",
  "Google.en-US-Standard-B",
  "Google.en-US-Standard-C",
  "Google.en-US-Standard-D",
  "Google.en-US-Standard-E",
  "Google.en-US-Standard-F",
  "Google.en-US-Standard-G",
  "Google.en-US-Standard-H",
  "Google.en-US-Standard-I",
  "Google.en-US-Standard-J",
  "Google.en-US-Wavenet-A",
  "Google.en-US-Wavenet-B",
  "Google.en-US-Wavenet-C",
  "Google.en-US-Wavenet-D",
  "Google.en-US-Wavenet-E",
  "Google.en-US-Wavenet-F",
  "Google.en-US-Wavenet-G",
  "Google.en-US-Wavenet-H",
  "Google.en-US-Wavenet-I",
  "Google.en-US-Wavenet-J",
  "Google.es-ES-Chirp3-HD-Aoede",
  "Google.es-ES-Chirp3-HD-Charon",
  "Google.es-ES-Chirp3-HD-Fenrir",
  "Google.es-ES-Chirp3-HD-Kore",
  "Google.es-ES-Chirp3-HD-Leda",
  "Google.es-ES-Chirp3-HD-Orus",
  "Google.es-ES-Chirp3-HD-Puck",
  "Google.es-ES-Chirp3-HD-Zephyr",
  "Google.es-ES-Neural2-A",
  "Google.es-ES-Neural2-B",
  "Google.es-ES-Neural2-C",
  "Google.es-ES-Neural2-D",
  "Google.es-ES-Neural2-E",
  "Google.es-ES-Neural2-F",
  "Google.es-ES-Neural2-G",
  "Google.es-ES-Neural2-H",
  "Google.es-ES-Standard-A",
  "Google.es-ES-Standard-B",
  "Google.es-ES-Standard-C",
  "Google.es-ES-Standard-D",
  "Google.es-ES-Standard-E",
  "Google.es-ES-Standard-F",
  "Google.es-ES-Standard-G",
  "Google.es-ES-Standard-H",
  "Google.es-ES-Wavenet-B",
  "Google.es-ES-Wavenet-C",
  "Google.es-ES-Wavenet-D",
  "Google.es-ES-Wavenet-E",
  "Google.es-ES-Wavenet-F",
  "Google.es-ES-Wavenet-G",
  "Google.es-ES-Wavenet-H",
  "Google.es-US-Chirp3-HD-Aoede",
  "Google.es-US-Chirp3-HD-Charon",
  "Google.es-US-Chirp3-HD-Fenrir",
  "Google.es-US-Chirp3-HD-Kore",
  "Google.es-US-Chirp3-HD-Leda",
  "Google.es-US-Chirp3-HD-Orus",
  "Google.es-US-Chirp3-HD-Puck",
  "Google.es-US-Chirp3-HD-Zephyr",
  "Google.es-US-Neural2-A",
  "Google.es-US-Neural2-B",
  "Google.es-US-Neural2-C",
  "Google.es-US-Standard-A",
  "Google.es-US-Standard-B",
  "Google.es-US-Standard-C",
  "Google.es-US-Wavenet-A",
  "Google.es-US-Wavenet-B",
  "Google.es-US-Wavenet-C",
  "Google.eu-ES-Standard-A",
  "Google.eu-ES-Standard-B",
  "Google.fi-FI-Standard-A",
  "Google.fi-FI-Standard-B",
  "Google.fi-FI-Wavenet-A",
  "Google.fi-FI-Wavenet-B",
  "Google.fil-ph-Neural2-A",
  "Google.fil-ph-Neural2-D",
  "Google.fil-PH-Standard-A",
  "Google.fil-PH-Standard-B",
  "Google.fil-PH-Standard-C",
  "Google.fil-PH-Standard-D",
  "Google.fil-PH-Wavenet-A",
  "Google.fil-PH-Wavenet-B",
  "Google.fil-PH-Wavenet-C",
  "Google.fil-PH-Wavenet-D",
  "Google.fr-CA-Chirp3-HD-Aoede",
  "Google.fr-CA-Chirp3-HD-Charon",
  "Google.fr-CA-Chirp3-HD-Fenrir",
  "Google.fr-CA-Chirp3-HD-Kore",
  "Google.fr-CA-Chirp3-HD-Leda",
  "Google.fr-CA-Chirp3-HD-Orus",
  "Google.fr-CA-Chirp3-HD-Puck",
  "Google.fr-CA-Chirp3-HD-Zephyr",
  "Google.fr-CA-Neural2-A",
  "Google.fr-CA-Neural2-B",
  "Google.fr-CA-Neural2-C",
  "Google.fr-CA-Neural2-D",
  "Google.fr-CA-Standard-A",
  "Google.fr-CA-Standard-B",
  "Google.fr-CA-Standard-C",
  "Google.fr-CA-Standard-D",
  "Google.fr-CA-Wavenet-A",
  "Google.fr-CA-Wavenet-B",
  "Google.fr-CA-Wavenet-C",
  "Google.fr-CA-Wavenet-D",
  "Google.fr-FR-Chirp3-HD-Aoede",
  "Google.fr-FR-Chirp3-HD-Charon",
  "Google.fr-FR-Chirp3-HD-Fenrir",
  "Google.fr-FR-Chirp3-HD-Kore",
  "Google.fr-FR-Chirp3-HD-Leda",
  "Google.fr-FR-Chirp3-HD-Orus",
  "Google.fr-FR-Chirp3-HD-Puck",
  "Google.fr-FR-Chirp3-HD-Zephyr",
  "Google.fr-FR-Neural2-A",
  "Google.fr-FR-Neural2-B",
  "Google.fr-FR-Neural2-C",
  "Google.fr-FR-Neural2-D",
  "Google.fr-FR-Neural2-E",
  "Google.fr-FR-Neural2-F",
  "Google.fr-FR-Neural2-G",
  "Google.fr-FR-Standard-A",
  "Google.fr-FR-Standard-B",
  "Google.fr-FR-Standard-C",
  "Google.fr-FR-Standard-D",
  "Google.fr-FR-Standard-E",
  "Google.fr-FR-Standard-F",
  "Google.fr-FR-Standard-G",
  "Google.fr-FR-Wavenet-A",
  "Google.fr-FR-Wavenet-B",
  "Google.fr-FR-Wavenet-C",
  "Google.fr-FR-Wavenet-D",
  "Google.fr-FR-Wavenet-E",
  "Google.fr-FR-Wavenet-F",
  "Google.fr-FR-Wavenet-G",
  "Google.gl-ES-Standard-A",
  "Google.gl-ES-Standard-B",
  "Google.gu-IN-Chirp3-HD-Aoede",
  "Google.gu-IN-Chirp3-HD-Charon",
  "Google.gu-IN-Chirp3-HD-Fenrir",
  "Google.gu-IN-Chirp3-HD-Kore",
  "Google.gu-IN-Chirp3-HD-Leda",
  "Google.gu-IN-Chirp3-HD-Orus",
  "Google.gu-IN-Chirp3-HD-Puck",
  "Google.gu-IN-Chirp3-HD-Zephyr",
  "Google.gu-IN-Standard-A",
  "Google.gu-IN-Standard-B",
  "Google.gu-IN-Standard-C",
  "Google.gu-IN-Standard-D",
  "Google.gu-IN-Wavenet-A",
  "Google.gu-IN-Wavenet-B",
  "Google.gu-IN-Wavenet-C",
  "Google.gu-IN-Wavenet-D",
  "Google.he-IL-Standard-A",
  "Google.he-IL-Standard-B",
  "Google.he-IL-Standard-C",
  "Google.he-IL-Standard-D",
  "Google.he-IL-Wavenet-A",
  "Google.he-IL-Wavenet-B",
  "Google.he-IL-Wavenet-C",
  "Google.he-IL-Wavenet-D",
  "Google.hi-IN-Chirp3-HD-Aoede",
  "Google.hi-IN-Chirp3-HD-Charon",
  "Google.hi-IN-Chirp3-HD-Fenrir",
  "Google.hi-IN-Chirp3-HD-Kore",
  "Google.hi-IN-Chirp3-HD-Leda",
  "Google.hi-IN-Chirp3-HD-Orus",
  "Google.hi-IN-Chirp3-HD-Puck",
  "Google.hi-IN-Chirp3-HD-Zephyr",
  "Google.hi-IN-Neural2-A",
  "Google.hi-IN-Neural2-B",
  "Google.hi-IN-Neural2-C",
  "Google.hi-IN-Neural2-D",
  "Google.hi-IN-Standard-A",
  "Google.hi-IN-Standard-B",
  "Google.hi-IN-Standard-C",
  "Google.hi-IN-Standard-D",
  "Google.hi-IN-Standard-E",
  "Google.hi-IN-Standard-F",
  "Google.hi-IN-Wavenet-A",
  "Google.hi-IN-Wavenet-B",
  "Google.hi-IN-Wavenet-C",
  "Google.hi-IN-Wavenet-D",
  "Google.hi-IN-Wavenet-E",
  "Google.hi-IN-Wavenet-F",
  "Google.hu-HU-Standard-A",
  "Google.hu-HU-Standard-B",
  "Google.hu-HU-Wavenet-A",
  "Google.id-ID-Chirp3-HD-Aoede",
  "Google.id-ID-Chirp3-HD-Charon",
  "Google.id-ID-Chirp3-HD-Fenrir",
  "Google.id-ID-Chirp3-HD-Kore",
  "Google.id-ID-Chirp3-HD-Leda",
  "Google.id-ID-Chirp3-HD-Orus",
  "Google.id-ID-Chirp3-HD-Puck",
  "Google.id-ID-Chirp3-HD-Zephyr",
  "Google.id-ID-Standard-A",
  "Google.id-ID-Standard-B",
  "Google.id-ID-Standard-C",
  "Google.id-ID-Standard-D",
  "Google.id-ID-Wavenet-A",
  "Google.id-ID-Wavenet-B",
  "Google.id-ID-Wavenet-C",
  "Google.id-ID-Wavenet-D",
  "Google.is-IS-Standard-A",
  "Google.is-IS-Standard-B",
  "Google.it-IT-Chirp3-HD-Aoede",
  "Google.it-IT-Chirp3-HD-Charon",
  "Google.it-IT-Chirp3-HD-Fenrir",
  "Google.it-IT-Chirp3-HD-Kore",
  "Google.it-IT-Chirp3-HD-Leda",
  "Google.it-IT-Chirp3-HD-Orus",
  "Google.it-IT-Chirp3-HD-Puck",
  "Google.it-IT-Chirp3-HD-Zephyr",
  "Google.it-IT-Neural2-A",
  "Google.it-IT-Neural2-C",
  "Google.it-IT-Neural2-F",
  "Google.it-IT-Standard-A",
  "Google.it-IT-Standard-B",
  "Google.it-IT-Standard-C",
  "Google.it-IT-Standard-D",
  "Google.it-IT-Standard-E",
  "Google.it-IT-Standard-F",
  "Google.it-IT-Wavenet-A",
  "Google.it-IT-Wavenet-B",
  "Google.it-IT-Wavenet-C",
  "Google.it-IT-Wavenet-D",
  "Google.it-IT-Wavenet-E",
  "Google.it-IT-Wavenet-F",
  "Google.ja-JP-Chirp3-HD-Aoede",
  "Google.ja-JP-Chirp3-HD-Charon",
  "Google.ja-JP-Chirp3-HD-Fenrir",
  "Google.ja-JP-Chirp3-HD-Kore",
  "Google.ja-JP-Chirp3-HD-Leda",
  "Google.ja-JP-Chirp3-HD-Orus",
  "Google.ja-JP-Chirp3-HD-Puck",
  "Google.ja-JP-Chirp3-HD-Zephyr",
  "Google.ja-JP-Neural2-B",
  "Google.ja-JP-Neural2-C",
  "Google.ja-JP-Neural2-D",
  "Google.ja-JP-Standard-A",
  "Google.ja-JP-Standard-B",
  "Google.ja-JP-Standard-C",
  "Google.ja-JP-Standard-D",
  "Google.ja-JP-Wavenet-A",
  "Google.ja-JP-Wavenet-B",
  "Google.ja-JP-Wavenet-C",
  "Google.ja-JP-Wavenet-D",
  "Google.kn-IN-Chirp3-HD-Aoede",
  "Google.kn-IN-Chirp3-HD-Charon",
  "Google.kn-IN-Chirp3-HD-Fenrir",
  "Google.kn-IN-Chirp3-HD-Kore",
  "Google.kn-IN-Chirp3-HD-Leda",
  "Google.kn-IN-Chirp3-HD-Orus",
  "Google.kn-IN-Chirp3-HD-Puck",
  "Google.kn-IN-Chirp3-HD-Zephyr",
  "Google.kn-IN-Standard-A",
  "Google.kn-IN-Standard-B",
  "Google.kn-IN-Standard-C",
  "Google.kn-IN-Standard-D",
  "Google.kn-IN-Wavenet-A",
  "Google.kn-IN-Wavenet-B",
  "Google.kn-IN-Wavenet-C",
  "Google.kn-IN-Wavenet-D",
  "Google.ko-KR-Chirp3-HD-Aoede",
  "Google.ko-KR-Chirp3-HD-Charon",
  "Google.ko-KR-Chirp3-HD-Fenrir",
  "Google.ko-KR-Chirp3-HD-Kore",
  "Google.ko-KR-Chirp3-HD-Leda",
  "Google.ko-KR-Chirp3-HD-Orus",
  "Google.ko-KR-Chirp3-HD-Puck",
  "Google.ko-KR-Chirp3-HD-Zephyr",
  "Google.ko-KR-Neural2-A",
  "Google.ko-KR-Neural2-B",
  "Google.ko-KR-Neural2-C",
  "Google.ko-KR-Standard-A",
  "Google.ko-KR-Standard-B",
  "Google.ko-KR-Standard-C",
  "Google.ko-KR-Standard-D",
  "Google.ko-KR-Wavenet-A",
  "Google.ko-KR-Wavenet-B",
  "Google.ko-KR-Wavenet-C",
  "Google.ko-KR-Wavenet-D",
  "Google.lt-LT-Standard-A",
  "Google.lt-LT-Standard-B",
  "Google.lv-LV-Standard-A",
  "Google.lv-LV-Standard-B",
  "Google.ml-IN-Chirp3-HD-Aoede",
  "Google.ml-IN-Chirp3-HD-Charon",
  "Google.ml-IN-Chirp3-HD-Fenrir",
  "Google.ml-IN-Chirp3-HD-Kore",
  "Google.ml-IN-Chirp3-HD-Leda",
  "Google.ml-IN-Chirp3-HD-Orus",
  "Google.ml-IN-Chirp3-HD-Puck",
  "Google.ml-IN-Chirp3-HD-Zephyr",
  "Google.ml-IN-Standard-A",
  "Google.ml-IN-Standard-B",
  "Google.ml-IN-Standard-C",
  "Google.ml-IN-Standard-D",
  "Google.ml-IN-Wavenet-A",
  "Google.ml-IN-Wavenet-B",
  "Google.ml-IN-Wavenet-C",
  "Google.ml-IN-Wavenet-D",
  "Google.mr-IN-Chirp3-HD-Aoede",
  "Google.mr-IN-Chirp3-HD-Charon",
  "Google.mr-IN-Chirp3-HD-Fenrir",
  "Google.mr-IN-Chirp3-HD-Kore",
  "Google.mr-IN-Chirp3-HD-Leda",
  "Google.mr-IN-Chirp3-HD-Orus",
  "Google.mr-IN-Chirp3-HD-Puck",
  "Google.mr-IN-Chirp3-HD-Zephyr",
  "Google.mr-IN-Standard-A",
  "Google.mr-IN-Standard-B",
  "Google.mr-IN-Standard-C",
  "Google.mr-IN-Wavenet-A",
  "Google.mr-IN-Wavenet-B",
  "Google.mr-IN-Wavenet-C",
  "Google.ms-MY-Standard-A",
  "Google.ms-MY-Standard-B",
  "Google.ms-MY-Standard-C",
  "Google.ms-MY-Standard-D",
  "Google.ms-MY-Wavenet-A",
  "Google.ms-MY-Wavenet-B",
  "Google.ms-MY-Wavenet-C",
  "Google.ms-MY-Wavenet-D",
  "Google.nb-NO-Standard-A",
  "Google.nb-NO-Standard-B",
  "Google.nb-NO-Standard-C",
  "Google.nb-NO-Standard-D",
  "Google.nb-NO-Standard-E",
  "Google.nb-NO-Standard-F",
  "Google.nb-NO-Standard-G",
  "Google.nb-NO-Wavenet-A",
  "Google.nb-NO-Wavenet-B",
  "Google.nb-NO-Wavenet-C",
  "Google.nb-NO-Wavenet-D",
  "Google.nb-NO-Wavenet-E",
  "Google.nb-NO-Wavenet-F",
  "Google.nb-NO-Wavenet-G",
  "Google.nl-BE-Standard-A",
  "Google.nl-BE-Standard-B",
  "Google.nl-BE-Standard-C",
  "Google.nl-BE-Standard-D",
  "Google.nl-BE-Wavenet-A",
  "Google.nl-BE-Wavenet-B",
  "Google.nl-BE-Wavenet-C",
  "Google.nl-BE-Wavenet-D",
  "Google.nl-NL-Chirp3-HD-Aoede",
  "Google.nl-NL-Chirp3-HD-Charon",
  "Google.nl-NL-Chirp3-HD-Fenrir",
  "Google.nl-NL-Chirp3-HD-Kore",
  "Google.nl-NL-Chirp3-HD-Leda",
  "Google.nl-NL-Chirp3-HD-Orus",
  "Google.nl-NL-Chirp3-HD-Puck",
  "Google.nl-NL-Chirp3-HD-Zephyr",
  "Google.nl-NL-Standard-A",
  "Google.nl-NL-Standard-B",
  "Google.nl-NL-Standard-C",
  "Google.nl-NL-Standard-D",
  "Google.nl-NL-Standard-E",
  "Google.nl-NL-Standard-F",
  "Google.nl-NL-Standard-G",
  "Google.nl-NL-Wavenet-A",
  "Google.nl-NL-Wavenet-B",
  "Google.nl-NL-Wavenet-C",
  "Google.nl-NL-Wavenet-D",
  "Google.nl-NL-Wavenet-E",
  "Google.nl-NL-Wavenet-F",
  "Google.nl-NL-Wavenet-G",
  "Google.pa-IN-Standard-A",
  "Google.pa-IN-Standard-B",
  "Google.pa-IN-Standard-C",
  "Google.pa-IN-Standard-D",
  "Google.pa-IN-Wavenet-A",
  "Google.pa-IN-Wavenet-B",
  "Google.pa-IN-Wavenet-C",
  "Google.pa-IN-Wavenet-D",
  "Google.pl-PL-Chirp3-HD-Aoede",
  "Google.pl-PL-Chirp3-HD-Charon",
  "Google.pl-PL-Chirp3-HD-Fenrir",
  "Google.pl-PL-Chirp3-HD-Kore",
  "Google.pl-PL-Chirp3-HD-Leda",
  "Google.pl-PL-Chirp3-HD-Orus",
  "Google.pl-PL-Chirp3-HD-Puck",
  "Google.pl-PL-Chirp3-HD-Zephyr",
  "Google.pl-PL-Standard-A",
  "Google.pl-PL-Standard-B",
  "Google.pl-PL-Standard-C",
  "Google.pl-PL-Standard-D",
  "Google.pl-PL-Standard-E",
  "Google.pl-PL-Standard-F",
  "Google.pl-PL-Standard-G",
  "Google.pl-PL-Wavenet-A",
  "Google.pl-PL-Wavenet-B",
  "Google.pl-PL-Wavenet-C",
  "Google.pl-PL-Wavenet-D",
  "Google.pl-PL-Wavenet-E",
  "Google.pl-PL-Wavenet-F",
  "Google.pl-PL-Wavenet-G",
  "Google.pt-BR-Chirp3-HD-Aoede",
  "Google.pt-BR-Chirp3-HD-Charon",
  "Google.pt-BR-Chirp3-HD-Fenrir",
  "Google.pt-BR-Chirp3-HD-Kore",
  "Google.pt-BR-Chirp3-HD-Leda",
  "Google.pt-BR-Chirp3-HD-Orus",
  "Google.pt-BR-Chirp3-HD-Puck",
  "Google.pt-BR-Chirp3-HD-Zephyr",
  "Google.pt-BR-Neural2-A",
  "Google.pt-BR-Neural2-B",
  "Google.pt-BR-Neural2-C",
  "Google.pt-BR-Standard-A",
  "Google.pt-BR-Standard-B",
  "Google.pt-BR-Standard-C",
  "Google.pt-BR-Standard-D",
  "Google.pt-BR-Standard-E",
  "Google.pt-BR-Wavenet-A",
  "Google.pt-BR-Wavenet-B",
  "Google.pt-BR-Wavenet-C",
  "Google.pt-BR-Wavenet-D",
  "Google.pt-BR-Wavenet-E",
  "Google.pt-PT-Standard-A",
  "Google.pt-PT-Standard-B",
  "Google.pt-PT-Standard-C",
  "Google.pt-PT-Standard-D",
  "Google.pt-PT-Standard-E",
  "Google.pt-PT-Standard-F",
  "Google.pt-PT-Wavenet-A",
  "Google.pt-PT-Wavenet-B",
  "Google.pt-PT-Wavenet-C",
  "Google.pt-PT-Wavenet-D",
  "Google.pt-PT-Wavenet-E",
  "Google.pt-PT-Wavenet-F",
  "Google.ro-RO-Standard-A",
  "Google.ro-RO-Standard-B",
  "Google.ro-RO-Wavenet-A",
  "Google.ro-RO-Wavenet-B",
  "Google.ru-RU-Chirp3-HD-Aoede",
  "Google.ru-RU-Chirp3-HD-Charon",
  "Google.ru-RU-Chirp3-HD-Fenrir",
  "Google.ru-RU-Chirp3-HD-Kore",
  "Google.ru-RU-Chirp3-HD-Leda",
  "Google.ru-RU-Chirp3-HD-Orus",
  "Google.ru-RU-Chirp3-HD-Puck",
  "Google.ru-RU-Chirp3-HD-Zephyr",
  "Google.ru-RU-Standard-A",
  "Google.ru-RU-Standard-B",
  "Google.ru-RU-Standard-C",
  "Google.ru-RU-Standard-D",
  "Google.ru-RU-Standard-E",
  "Google.ru-RU-Wavenet-A",
  "Google.ru-RU-Wavenet-B",
  "Google.ru-RU-Wavenet-C",
  "Google.ru-RU-Wavenet-D",
  "Google.ru-RU-Wavenet-E",
  "Google.sk-SK-Standard-A",
  "Google.sk-SK-Standard-B",
  "Google.sk-SK-Wavenet-A",
  "Google.sk-SK-Wavenet-B",
  "Google.sr-RS-Standard-A",
  "Google.sv-SE-Standard-A",
  "Google.sv-SE-Standard-B",
  "Google.sv-SE-Standard-C",
  "Google.sv-SE-Standard-D",
  "Google.sv-SE-Standard-E",
  "Google.sv-SE-Standard-F",
  "Google.sv-SE-Standard-G",
  "Google.sv-SE-Wavenet-A",
  "Google.sv-SE-Wavenet-B",
  "Google.sv-SE-Wavenet-C",
  "Google.sv-SE-Wavenet-D",
  "Google.sv-SE-Wavenet-E",
  "Google.sv-SE-Wavenet-F",
  "Google.sv-SE-Wavenet-G",
  "Google.ta-IN-Chirp3-HD-Aoede",
  "Google.ta-IN-Chirp3-HD-Charon",
  "Google.ta-IN-Chirp3-HD-Fenrir",
  "Google.ta-IN-Chirp3-HD-Kore",
  "Google.ta-IN-Chirp3-HD-Leda",
  "Google.ta-IN-Chirp3-HD-Orus",
  "Google.ta-IN-Chirp3-HD-Puck",
  "Google.ta-IN-Chirp3-HD-Zephyr",
  "Google.ta-IN-Standard-A",
  "Google.ta-IN-Standard-B",
  "Google.ta-IN-Standard-C",
  "Google.ta-IN-Standard-D",
  "Google.ta-IN-Wavenet-A",
  "Google.ta-IN-Wavenet-B",
  "Google.ta-IN-Wavenet-C",
  "Google.ta-IN-Wavenet-D",
  "Google.te-IN-Chirp3-HD-Aoede",
  "Google.te-IN-Chirp3-HD-Charon",
  "Google.te-IN-Chirp3-HD-Fenrir",
  "Google.te-IN-Chirp3-HD-Kore",
  "Google.te-IN-Chirp3-HD-Leda",
  "Google.te-IN-Chirp3-HD-Orus",
  "Google.te-IN-Chirp3-HD-Puck",
  "Google.te-IN-Chirp3-HD-Zephyr",
  "Google.te-IN-Standard-A",
  "Google.te-IN-Standard-B",
  "Google.te-IN-Standard-C",
  "Google.te-IN-Standard-D",
  "Google.th-TH-Chirp3-HD-Aoede",
  "Google.th-TH-Chirp3-HD-Charon",
  "Google.th-TH-Chirp3-HD-Fenrir",
  "Google.th-TH-Chirp3-HD-Kore",
  "Google.th-TH-Chirp3-HD-Leda",
  "Google.th-TH-Chirp3-HD-Orus",
  "Google.th-TH-Chirp3-HD-Puck",
  "Google.th-TH-Chirp3-HD-Zephyr",
  "Google.th-TH-Neural2-C",
  "Google.th-TH-Standard-A",
  "Google.tr-TR-Chirp3-HD-Aoede",
  "Google.tr-TR-Chirp3-HD-Charon",
  "Google.tr-TR-Chirp3-HD-Fenrir",
  "Google.tr-TR-Chirp3-HD-Kore",
  "Google.tr-TR-Chirp3-HD-Leda",
  "Google.tr-TR-Chirp3-HD-Orus",
  "Google.tr-TR-Chirp3-HD-Puck",
  "Google.tr-TR-Chirp3-HD-Zephyr",
  "Google.tr-TR-Standard-A",
  "Google.tr-TR-Standard-B",
  "Google.tr-TR-Standard-C",
  "Google.tr-TR-Standard-D",
  "Google.tr-TR-Standard-E",
  "Google.tr-TR-Wavenet-A",
  "Google.tr-TR-Wavenet-B",
  "Google.tr-TR-Wavenet-C",
  "Google.tr-TR-Wavenet-D",
  "Google.tr-TR-Wavenet-E",
  "Google.uk-UA-Standard-A",
  "Google.uk-UA-Wavenet-A",
  "Google.vi-VN-Chirp3-HD-Aoede",
  "Google.vi-VN-Chirp3-HD-Charon",
  "Google.vi-VN-Chirp3-HD-Fenrir",
  "Google.vi-VN-Chirp3-HD-Kore",
  "Google.vi-VN-Chirp3-HD-Leda",
  "Google.vi-VN-Chirp3-HD-Orus",
  "Google.vi-VN-Chirp3-HD-Puck",
  "Google.vi-VN-Chirp3-HD-Zephyr",
  "Google.vi-VN-Neural2-A",
  "Google.vi-VN-Neural2-D",
  "Google.vi-VN-Standard-A",
  "Google.vi-VN-Standard-B",
  "Google.vi-VN-Standard-C",
  "Google.vi-VN-Standard-D",
  "Google.vi-VN-Wavenet-A",
  "Google.vi-VN-Wavenet-B",
  "Google.vi-VN-Wavenet-C",
  "Google.vi-VN-Wavenet-D",
  "Google.yue-HK-Standard-A",
  "Google.yue-HK-Standard-B",
  "Google.yue-HK-Standard-C",
  "Google.yue-HK-Standard-D",
  "Polly.Aditi",
  "Polly.Amy",
  "Polly.Astrid",
  "Polly.Bianca",
  "Polly.Brian",
  "Polly.Camila",
  "Polly.Carla",
  "Polly.Carmen",
  "Polly.Celine",
  "Polly.Chantal",
  "Polly.Conchita",
  "Polly.Cristiano",
  "Polly.Dora",
  "Polly.Emma",
  "Polly.Enrique",
  "Polly.Ewa",
  "Polly.Filiz",
  "Polly.Geraint",
  "Polly.Giorgio",
  "Polly.Gwyneth",
  "Polly.Hans",
  "Polly.Ines",
  "Polly.Ivy",
  "Polly.Jacek",
  "Polly.Jan",
  "Polly.Joanna",
  "Polly.Joey",
  "Polly.Justin",
  "Polly.Karl",
  "Polly.Kendra",
  "Polly.Kevin",
  "Polly.Kimberly",
  "Polly.Lea",
  "Polly.Liv",
  "Polly.Lotte",
  "Polly.Lucia",
  "Polly.Lupe",
  "Polly.Mads",
  "Polly.Maja",
  "Polly.Marlene",
  "Polly.Mathieu",
  "Polly.Matthew",
  "Polly.Maxim",
  "Polly.Mia",
  "Polly.Miguel",
  "Polly.Mizuki",
  "Polly.Naja",
  "Polly.Nicole",
  "Polly.Penelope",
  "Polly.Raveena",
  "Polly.Ricardo",
  "Polly.Ruben",
  "Polly.Russell",
  "Polly.Salli",
  "Polly.Seoyeon",
  "Polly.Takumi",
  "Polly.Tatyana",
  "Polly.Vicki",
  "Polly.Vitoria",
  "Polly.Zeina",
  "Polly.Zhiyu",
  "Polly.Adriano-Neural",
  "Polly.Amy-Neural",
  "Polly.Andres-Neural",
  "Polly.Aria-Neural",
  "Polly.Arlet-Neural",
  "Polly.Arthur-Neural",
  "Polly.Ayanda-Neural",
  "Polly.Bianca-Neural",
  "Polly.Brian-Neural",
  "Polly.Burcu-Neural",
  "Polly.Camila-Neural",
  "Polly.Daniel-Neural",
  "Polly.Danielle-Neural",
  "Polly.Elin-Neural",
  "Polly.Emma-Neural",
  "Polly.Gabrielle-Neural",
  "Polly.Gregory-Neural",
  "Polly.Hala-Neural",
  "Polly.Hannah-Neural",
  "Polly.Hiujin-Neural",
  "Polly.Ida-Neural",
  "Polly.Ines-Neural",
  "Polly.Isabelle-Neural",
  "Polly.Ivy-Neural",
  "Polly.Joanna-Neural",
  "Polly.Joey-Neural",
  "Polly.Justin-Neural",
  "Polly.Kajal-Neural",
  "Polly.Kazuha-Neural",
  "Polly.Kendra-Neural",
  "Polly.Kevin-Neural",
  "Polly.Kimberly-Neural",
  "Polly.Laura-Neural",
  "Polly.Lea-Neural",
  "Polly.Liam-Neural",
  "Polly.Lisa-Neural",
  "Polly.Lucia-Neural",
  "Polly.Lupe-Neural",
  "Polly.Matthew-Neural",
  "Polly.Mia-Neural",
  "Polly.Niamh-Neural",
  "Polly.Ola-Neural",
  "Polly.Olivia-Neural",
  "Polly.Pedro-Neural",
  "Polly.Remi-Neural",
  "Polly.Ruth-Neural",
  "Polly.Salli-Neural",
  "Polly.Seoyeon-Neural",
  "Polly.Sergio-Neural",
  "Polly.Sofie-Neural",
  "Polly.Stephen-Neural",
  "Polly.Suvi-Neural",
  "Polly.Takumi-Neural",
  "Polly.Thiago-Neural",
  "Polly.Tomoko-Neural",
  "Polly.Vicki-Neural",
  "Polly.Vitoria-Neural",
  "Polly.Zayd-Neural",
  "Polly.Zhiyu-Neural",
  "Polly.Amy-Generative",
  "Polly.Andres-Generative",
  "Polly.Ayanda-Generative",
  "Polly.Bianca-Generative",
  "Polly.Daniel-Generative",
  "Polly.Danielle-Generative",
  "Polly.Joanna-Generative",
  "Polly.Kajal-Generative",
  "Polly.Lea-Generative",
  "Polly.Lucia-Generative",
  "Polly.Lupe-Generative",
  "Polly.Matthew-Generative",
  "Polly.M\xEDa-Generative",
  "Polly.Olivia-Generative",
  "Polly.Pedro-Generative",
  "Polly.R\xE9mi-Generative",
  "Polly.Ruth-Generative",
  "Polly.Sergio-Generative",
  "Polly.Stephen-Generative",
  "Polly.Vicki-Generative"
];
var SAY_LANGUAGES = [
  "af-ZA",
  "am-ET",
  "ar-AE",
  "ar-XA",
  "arb",
  "bg-BG",
  "bn-IN",
  "ca-ES",
  "cmn-CN",
  "cmn-TW",
  "cs-CZ",
  "cy-GB",
  "da-DK",
  "de-AT",
  "de-DE",
  "el-GR",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-GB-WLS",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-US",
  "en-ZA",
  "es-ES",
  "es-MX",
  "es-US",
  "fi-FI",
  "fil-PH",
  "fr-CA",
  "fr-FR",
  "fr-BE",
  "gu-IN",
  "he-IL",
  "hi-IN",
  "hu-HU",
  "id-ID",
  "is-IS",
  "it-IT",
  "ja-JP",
  "kn-IN",
  "ko-KR",
  "lv-LV",
  "ml-IN",
  "mr-IN",
  "ms-MY",
  "nb-NO",
  "nl-BE",
  "nl-NL",
  "pa-IN",
  "pl-PL",
  "pt-BR",
  "pt-PT",
  "ro-RO",
  "ru-RU",
  "sk-SK",
  "sr-RS",
  "sv-SE",
  "ta-IN",
  "te-IN",
  "th-TH",
  "tr-TR",
  "uk-UA",
  "vi-VN",
  "yue-HK",
  "zh-CN",
  "zh-HK",
  "zh-TW"
];
var GATHER_LANGUAGES = [
  "af-ZA",
  "am-ET",
  "ar-AE",
  "ar-BH",
  "ar-DZ",
  "ar-EG",
  "ar-IL",
  "ar-IQ",
  "ar-JO",
  "ar-KW",
  "ar-LB",
  "ar-MA",
  "ar-OM",
  "ar-PS",
  "ar-QA",
  "ar-SA",
  "ar-TN",
  "az-AZ",
  "bg-BG",
  "bn-BD",
  "bn-IN",
  "ca-ES",
  "cs-CZ",
  "da-DK",
  "de-DE",
  "el-GR",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-GH",
  "en-IE",
  "en-IN",
  "en-KE",
  "en-NG",
  "en-NZ",
  "en-PH",
  "en-SG",
  "en-TZ",
  "en-US",
  "en-ZA",
  "es-AR",
  "es-BO",
  "es-CL",
  "es-CO",
  "es-CR",
  "es-DO",
  "es-EC",
  "es-ES",
  "es-GT",
  "es-HN",
  "es-MX",
  "es-NI",
  "es-PA",
  "es-PE",
  "es-PR",
  "es-PY",
  "es-SV",
  "es-US",
  "es-UY",
  "es-VE",
  "et-EE",
  "eu-ES",
  "fa-IR",
  "fi-FI",
  "fil-PH",
  "fr-CA",
  "fr-FR",
  "gl-ES",
  "gu-IN",
  "he-IL",
  "hi-IN",
  "hr-HR",
  "hu-HU",
  "hy-AM",
  "id-ID",
  "is-IS",
  "it-IT",
  "ja-JP",
  "jv-ID",
  "ka-GE",
  "km-KH",
  "kn-IN",
  "ko-KR",
  "lo-LA",
  "lt-LT",
  "lv-LV",
  "mk-MK",
  "ml-IN",
  "mn-MN",
  "mr-IN",
  "ms-MY",
  "my-MM",
  "nar-IQ",
  "nb-NO",
  "ne-NP",
  "nl-BE",
  "nl-NL",
  "pa-guru-IN",
  "pl-PL",
  "pt-BR",
  "pt-PT",
  "ro-RO",
  "ru-RU",
  "si-LK",
  "sk-SK",
  "sl-SI",
  "sq-AL",
  "sr-RS",
  "su-ID",
  "sv-SE",
  "sw-KE",
  "sw-TZ",
  "ta-IN",
  "ta-LK",
  "ta-MY",
  "ta-SG",
  "te-IN",
  "th-TH",
  "tr-TR",
  "uk-UA",
  "ur-IN",
  "ur-PK",
  "uz-UZ",
  "vi-VN",
  "yue-Hant-HK",
  "zh",
  "cmn-Hans-CN",
  "zh-TW",
  "cmn-Hant-TW",
  "zu-ZA"
];
var SSML_LANGUAGES = [
  "arb",
  "ar-AE",
  "ca-ES",
  "cmn-CN",
  "cy-GB",
  "da-DK",
  "de-DE",
  "de-AT",
  "en-AU",
  "en-GB",
  "en-GB-WLS",
  "en-IN",
  "en-NZ",
  "en-US",
  "en-ZA",
  "es-ES",
  "es-MX",
  "es-US",
  "fi-FI",
  "fr-CA",
  "fr-FR",
  "he-IL",
  "hi-IN",
  "is-IS",
  "it-IT",
  "ja-JP",
  "ko-KR",
  "nb-NO",
  "nl-NL",
  "pl-PL",
  "pt-BR",
  "pt-PT",
  "ro-RO",
  "ru-RU",
  "sv-SE",
  "tr-TR",
  "yue-CN"
];
var RING_TONES = [
  "at",
  "au",
  "bg",
  "br",
  "be",
  "ch",
  "cl",
  "cn",
  "cz",
  "de",
  "dk",
  "ee",
  "es",
  "fi",
  "fr",
  "gr",
  "hu",
  "il",
  "in",
  "it",
  "lt",
  "jp",
  "mx",
  "my",
  "nl",
  "no",
  "nz",
  "ph",
  "pl",
  "pt",
  "ru",
  "se",
  "sg",
  "th",
  "uk",
  "us",
  "us-old",
  "tw",
  "ve",
  "za"
];
var BASIC_VOICE_LANGUAGES = ["en", "en-gb", "es", "fr", "de", "en-us"];
var ALICE_LANGUAGES = [
  "da-DK",
  "de-DE",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-IN",
  "en-US",
  "ca-ES",
  "es-ES",
  "es-MX",
  "fi-FI",
  "fr-CA",
  "fr-FR",
  "it-IT",
  "ja-JP",
  "ko-KR",
  "nb-NO",
  "nl-NL",
  "pl-PL",
  "pt-BR",
  "pt-PT",
  "ru-RU",
  "sv-SE",
  "zh-CN",
  "zh-HK",
  "zh-TW"
];
var POLLY_VOICE_LANGUAGES = {
  Aditi: ["hi-IN", "en-IN"],
  Amy: ["en-GB"],
  Astrid: ["sv-SE"],
  Bianca: ["it-IT"],
  Brian: ["en-GB"],
  Camila: ["pt-BR"],
  Carla: ["it-IT"],
  Carmen: ["ro-RO"],
  Celine: ["fr-FR"],
  Chantal: ["fr-CA"],
  Conchita: ["es-ES"],
  Cristiano: ["pt-PT"],
  Dora: ["is-IS"],
  Emma: ["en-GB"],
  Enrique: ["es-ES"],
  Ewa: ["pl-PL"],
  Filiz: ["tr-TR"],
  Geraint: ["en-GB-WLS"],
  Giorgio: ["it-IT"],
  Gwyneth: ["cy-GB"],
  Hans: ["de-DE"],
  Ines: ["pt-PT"],
  Ivy: ["en-US"],
  Jacek: ["pl-PL"],
  Jan: ["pl-PL"],
  Joanna: ["en-US"],
  Joey: ["en-US"],
  Justin: ["en-US"],
  Karl: ["is-IS"],
  Kendra: ["en-US"],
  Kevin: ["en-US"],
  Kimberly: ["en-US"],
  Lea: ["fr-FR"],
  Liv: ["nb-NO"],
  Lotte: ["nl-NL"],
  Lucia: ["es-ES"],
  Lupe: ["es-US"],
  Mads: ["da-DK"],
  Maja: ["pl-PL"],
  Marlene: ["de-DE"],
  Mathieu: ["fr-FR"],
  Matthew: ["en-US"],
  Maxim: ["ru-RU"],
  Mia: ["es-MX"],
  Miguel: ["es-US"],
  Mizuki: ["ja-JP"],
  Naja: ["da-DK"],
  Nicole: ["en-AU"],
  Penelope: ["es-US"],
  Raveena: ["en-IN"],
  Ricardo: ["pt-BR"],
  Ruben: ["nl-NL"],
  Russell: ["en-AU"],
  Salli: ["en-US"],
  Seoyeon: ["ko-KR"],
  Takumi: ["ja-JP"],
  Tatyana: ["ru-RU"],
  Vicki: ["de-DE"],
  Vitoria: ["pt-BR"],
  Zeina: ["arb"],
  Zhiyu: ["cmn-CN"]
};

// server/src/data/voiceElements.ts
var VOICE_ELEMENTS = [
  {
    id: "Response",
    name: "Response",
    dialect: "voice",
    kind: "root",
    parents: [],
    children: [
      "Connect",
      "Dial",
      "Echo",
      "Enqueue",
      "Gather",
      "Hangup",
      "Leave",
      "Pause",
      "Play",
      "Queue",
      "Record",
      "Redirect",
      "Reject",
      "Say",
      "Sms",
      "Pay",
      "Prompt",
      "Start",
      "Stop",
      "Refer"
    ],
    text: { allowed: false },
    description: "Root of every Voice TwiML document; Twilio executes the verbs inside it in order and ends the call when they run out.",
    docUrl: "https://www.twilio.com/docs/voice/twiml",
    attributes: []
  },
  {
    id: "Connect",
    name: "Connect",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [
      "Room",
      "Autopilot",
      "Stream",
      "VirtualAgent",
      "Conversation",
      "ConversationRelay",
      "AiSession",
      "ConversationRelaySession",
      "Assistant"
    ],
    text: { allowed: false },
    description: "Connects the call to another service named by its noun: a media stream, a Video room, an AI agent and so on.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect",
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML returned when <Connect> ends takes over; the verbs after it never run."
    },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#action",
        description: "URL requested when <Connect> ends; the TwiML it returns continues the call."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#method",
        description: "HTTP method for the action request."
      }
    ]
  },
  {
    id: "Dial",
    name: "Dial",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Client", "Conference", "Number", "Queue", "Sim", "Sip", "Application", "WhatsApp"],
    text: { allowed: true, meaning: "Phone number to call when no noun is nested." },
    description: "Connects the caller to another party: a phone number, SDK client, SIP endpoint, conference, queue and more.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/dial",
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML returned by the action URL takes over when the dialled call ends; the verbs after <Dial> never run."
    },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#action",
        description: "URL that receives the outcome of the dialled call; its TwiML continues the call and later verbs never run."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#method",
        description: "HTTP method for the action request."
      },
      {
        name: "timeout",
        type: integer(5, 600),
        default: "30",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#timeout",
        description: "Seconds to let the other party ring before giving up (5 to 600)."
      },
      {
        name: "hangupOnStar",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#hanguponstar",
        description: "Lets the caller end the dialled call by pressing *."
      },
      {
        name: "timeLimit",
        // Dial page: positive seconds, at most 4 hours (14400), or 24 hours (86400) once 24-hour calls are enabled.
        type: integer(1, 86400),
        default: "14400",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#timelimit",
        description: "Longest the dialled call may last, in seconds."
      },
      {
        name: "callerId",
        type: phoneNumber("client", "sip"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#callerid",
        description: "Caller ID shown to the called party: a Twilio or verified number, client:name when calling a <Client>, or any string for <Sip>. Defaults to the caller's own ID."
      },
      {
        name: "record",
        type: oneOf([
          "do-not-record",
          "record-from-answer",
          "record-from-ringing",
          "record-from-answer-dual",
          "record-from-ringing-dual",
          "true",
          "false"
        ]),
        default: "do-not-record",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#record",
        description: "Whether to record the call and from which point; true and false are accepted as older aliases."
      },
      {
        name: "trim",
        type: oneOf(["trim-silence", "do-not-trim"]),
        default: "do-not-trim",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#trim",
        description: "Whether to cut silence from the start and end of the recording."
      },
      {
        name: "recordingStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#recordingstatuscallback",
        description: "URL notified when the recording's status changes."
      },
      {
        name: "recordingConfigurationId",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#recordingconfigurationid",
        description: "Identifier of a recording configuration to apply to the recording."
      },
      {
        name: "recordingStatusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#recordingstatuscallbackmethod",
        description: "HTTP method for recordingStatusCallback requests."
      },
      {
        name: "recordingStatusCallbackEvent",
        type: spaceList(oneOf(["in-progress", "completed", "absent"])),
        default: "completed",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#recordingstatuscallbackevent",
        description: "Space-separated recording events that trigger recordingStatusCallback."
      },
      {
        name: "answerOnBridge",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#answeronbridge",
        description: "Keeps the incoming call unanswered (the caller hears ringing) until the dialled party picks up."
      },
      {
        name: "ringTone",
        type: oneOf(RING_TONES),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#ringtone",
        description: "Country ringback tone the caller hears while the other party rings; defaults to the carrier's tone."
      },
      {
        name: "recordingTrack",
        type: oneOf(["both", "inbound", "outbound"]),
        default: "both",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#recordingtrack",
        description: "Which audio to record: both sides, inbound only or outbound only."
      },
      {
        name: "sequential",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#sequential",
        description: "Rings the nested nouns one after another instead of all at once."
      },
      {
        name: "referUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#referurl",
        description: "URL that receives SIP REFER requests from the dialled SIP party; its TwiML handles the transfer."
      },
      {
        name: "referMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#refermethod",
        description: "HTTP method for referUrl requests."
      },
      {
        name: "events",
        type: oneOf(["call-progress-event"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#events",
        description: "Extra events to report for the dialled leg (call-progress-event)."
      },
      {
        name: "passports",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#passports",
        description: "Base64-encoded, comma-separated identity passports (such as SHAKEN or DIV) to send with the call."
      },
      {
        name: "callReason",
        type: text(50),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial#callreason",
        description: "Short reason for the call shown on the called phone (Branded Calls, at most 50 characters)."
      }
    ]
  },
  {
    id: "Echo",
    name: "Echo",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [],
    text: { allowed: false },
    description: "Plays the caller's own audio back to them. The SDKs generate it, but no TwiML reference page documents it.",
    docUrl: "https://www.twilio.com/docs/voice/twiml",
    flow: { kind: "continue" },
    attributes: []
  },
  {
    id: "Enqueue",
    name: "Enqueue",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Task"],
    text: { allowed: true, maxLength: 64, meaning: "Name of the queue (at most 64 characters)." },
    description: "Puts the caller into a named call queue, where they hear the waitUrl TwiML until someone dequeues them.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue",
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML returned when the caller leaves the queue takes over; the verbs after <Enqueue> never run."
    },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-action",
        description: "URL requested when the caller leaves the queue; its TwiML continues the call."
      },
      {
        name: "maxQueueSize",
        type: integer(1),
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-max-queue-size",
        description: "Most callers the queue may hold; further callers are turned away."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-method",
        description: "HTTP method for the action request."
      },
      {
        name: "waitUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-wait-url",
        description: "URL of the TwiML played, and requested again, while the caller waits; defaults to hold music."
      },
      {
        name: "waitUrlMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-wait-url-method",
        description: "HTTP method for waitUrl requests."
      },
      {
        name: "workflowSid",
        type: sid("WW"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/enqueue#attributes-workflow-sid",
        description: "TaskRouter workflow that routes the task created for this call."
      }
    ]
  },
  {
    id: "Gather",
    name: "Gather",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Say", "Pause", "Play"],
    text: { allowed: false },
    description: "Collects keypad digits and/or speech from the caller and sends the result to the action URL.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/gather",
    flow: {
      kind: "transferIf",
      attribute: "actionOnEmptyResult",
      value: "true",
      reason: 'With actionOnEmptyResult="true", <Gather> always requests its action URL, so the verbs after it never run (otherwise they are the no-input path).'
    },
    attributes: [
      {
        name: "input",
        type: spaceList(oneOf(["dtmf", "speech"])),
        default: "dtmf",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#input",
        description: "Which input to accept: dtmf, speech, or both (space-separated)."
      },
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#action",
        description: "URL that receives the digits or speech; defaults to the current document."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#method",
        description: "HTTP method for the action request."
      },
      {
        name: "timeout",
        type: integer(),
        default: "5",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#timeout",
        description: "Seconds to wait for the next input before Gather finishes."
      },
      {
        name: "speechTimeout",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#speechtimeout",
        description: "Seconds of silence that end speech input, or auto to stop at the first natural pause; defaults to timeout."
      },
      {
        name: "maxSpeechTime",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#maxspeechtime",
        description: "Longest speech input accepted, in seconds."
      },
      {
        name: "profanityFilter",
        type: BOOLEAN,
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#profanityfilter",
        description: "Masks profanity in the speech transcript."
      },
      {
        name: "finishOnKey",
        type: text(1),
        default: "#",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#finishonkey",
        description: "Key that ends digit input: one of 0-9, # or *, or empty to turn it off."
      },
      {
        name: "numDigits",
        type: integer(1),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#numdigits",
        description: "Number of digits to collect before Gather finishes; unlimited by default."
      },
      {
        name: "partialResultCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#partialresultcallback",
        description: "URL that receives interim speech results while the caller is still talking."
      },
      {
        name: "partialResultCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#partialresultcallbackmethod",
        description: "HTTP method for partialResultCallback requests."
      },
      {
        name: "language",
        type: openEnum(GATHER_LANGUAGES),
        default: "en-US",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#language",
        description: "Language of the expected speech."
      },
      {
        name: "hints",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#hints",
        description: "Comma-separated words or phrases the speech recognizer should expect."
      },
      {
        name: "bargeIn",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#bargein",
        description: "Stops nested <Say> or <Play> as soon as the caller starts giving input."
      },
      {
        name: "debug",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#debug",
        description: "Turns on debug information for the speech recognition."
      },
      {
        name: "actionOnEmptyResult",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#actiononemptyresult",
        description: "Requests the action URL even when no input arrived, so the verbs after <Gather> never run."
      },
      {
        name: "speechModel",
        type: openEnum([
          "default",
          "numbers_and_commands",
          "phone_call",
          "experimental_conversations",
          "experimental_utterances",
          "googlev2_long",
          "googlev2_short",
          "googlev2_telephony",
          "googlev2_telephony_short",
          "deepgram_nova-2",
          "deepgram_nova-3"
        ]),
        default: "default",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#speechmodel",
        description: "Speech recognition model to use."
      },
      {
        name: "enhanced",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/gather#enhanced",
        deprecated: "Deprecated by Twilio: it only applies to the Google STT V1 phone_call model; choose a speechModel instead.",
        description: "Selected the premium version of the phone_call model (Google STT V1 only)."
      }
    ]
  },
  {
    id: "Hangup",
    name: "Hangup",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Parameter"],
    text: { allowed: false },
    description: "Ends the call.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/hangup",
    flow: { kind: "transfer", reason: "<Hangup> ends the call, so nothing after it runs." },
    attributes: []
  },
  {
    id: "Leave",
    name: "Leave",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [],
    text: { allowed: false },
    description: "Takes the caller out of the queue they joined with <Enqueue>; the call resumes after that <Enqueue>.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/leave",
    flow: {
      kind: "transfer",
      reason: "<Leave> resumes the call after the original <Enqueue>, so nothing after it in this document runs."
    },
    attributes: []
  },
  {
    id: "Pause",
    name: "Pause",
    dialect: "voice",
    kind: "verb",
    parents: ["Gather", "Prompt", "Response"],
    children: [],
    text: { allowed: false },
    description: "Waits silently for a number of seconds before the next verb runs.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/pause",
    flow: { kind: "continue" },
    attributes: [
      {
        name: "length",
        type: integer(1),
        default: "1",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pause#length",
        description: "Seconds to wait."
      }
    ]
  },
  {
    id: "Play",
    name: "Play",
    dialect: "voice",
    kind: "verb",
    parents: ["Gather", "Prompt", "Response"],
    children: [],
    text: { allowed: true, meaning: "URL of the audio file to play." },
    description: "Plays an audio file to the caller, or sends DTMF tones when `digits` is set.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/play",
    flow: { kind: "continue" },
    attributes: [
      {
        name: "loop",
        type: integer(0),
        default: "1",
        docUrl: "https://www.twilio.com/docs/voice/twiml/play#loop",
        description: "How many times to play; 0 repeats until the call ends (at most 1,000 times)."
      },
      {
        name: "digits",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/play#digits",
        description: "DTMF tones to send instead of audio; each w waits half a second. Not allowed inside <Gather>."
      }
    ]
  },
  {
    id: "Queue",
    name: "Queue",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial", "Response"],
    children: [],
    text: { allowed: true, required: true, maxLength: 64, meaning: "Name of the queue to take a caller from." },
    description: "Inside <Dial>, connects the caller to the call waiting at the front of a named queue.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/queue",
    attributes: [
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/queue#url",
        description: "URL of TwiML played to the dequeued caller just before the two calls are bridged."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/queue#method",
        description: "HTTP method for the url request."
      },
      {
        name: "reservationSid",
        type: sid("WR"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/queue#reservationsid",
        description: "TaskRouter reservation to accept when the queued call is bridged."
      },
      {
        name: "postWorkActivitySid",
        type: sid("WA"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/queue#postworkactivitysid",
        description: "TaskRouter activity the worker moves to once the call ends."
      }
    ]
  },
  {
    id: "Record",
    name: "Record",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [],
    text: { allowed: false },
    description: "Records the caller and sends the recording's URL and details to the action URL.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/record",
    // Twilio's Record page: an empty recording makes no action request and the call flow continues with the next verb.
    flow: {
      kind: "transferOnInput",
      reason: "After a recording, <Record> continues with the TwiML from its action URL (or the current document); when the recording is empty, the next verb runs."
    },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-action",
        description: "URL that receives the recording details; its TwiML continues the call (defaults to the current document)."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-method",
        description: "HTTP method for the action request."
      },
      {
        name: "timeout",
        type: integer(0),
        default: "5",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-timeout",
        description: "Seconds of silence that end the recording; 0 turns the check off."
      },
      {
        name: "finishOnKey",
        type: text(),
        default: "1234567890*#",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-finish-on-key",
        description: "Keys that end the recording when pressed."
      },
      {
        name: "maxLength",
        // Record page: an integer greater than 1, at most 14400 (86400 with 24-hour calls).
        type: integer(2, 86400),
        default: "3600",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-max-length",
        description: "Longest recording allowed, in seconds (120 when transcribing)."
      },
      {
        name: "playBeep",
        type: BOOLEAN,
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-play-beep",
        description: "Plays a beep before the recording starts."
      },
      {
        name: "trim",
        type: oneOf(["trim-silence", "do-not-trim"]),
        default: "trim-silence",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-trim",
        description: "Whether to cut silence from the start and end of the recording."
      },
      {
        name: "recordingStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-recording-status-callback",
        description: "URL notified when the recording's status changes."
      },
      {
        name: "recordingStatusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-recording-status-callback-method",
        description: "HTTP method for recordingStatusCallback requests."
      },
      {
        name: "recordingStatusCallbackEvent",
        type: spaceList(oneOf(["in-progress", "completed", "absent"])),
        default: "completed",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-recording-status-callback-event",
        description: "Space-separated recording events that trigger recordingStatusCallback."
      },
      {
        name: "transcribe",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-transcribe",
        description: "Also transcribes the recording."
      },
      {
        name: "transcribeCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-transcribe-callback",
        description: "URL that receives the transcription text."
      },
      {
        name: "recordingConfigurationId",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/record#attributes-recording-configuration-id",
        description: "Identifier of a recording configuration to apply to the recording."
      }
    ]
  },
  {
    id: "Redirect",
    name: "Redirect",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [],
    // The Redirect page describes the URL but not an empty one: at most a Warning.
    text: { allowed: true, required: "warning", meaning: "URL of the TwiML document to continue with." },
    description: "Passes control of the call to the TwiML at another URL; verbs after it never run.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/redirect",
    flow: { kind: "transfer", reason: "<Redirect> hands control to the TwiML at its URL; nothing after it runs." },
    attributes: [
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/redirect#method",
        description: "HTTP method used to fetch the redirect URL."
      }
    ]
  },
  {
    id: "Reject",
    name: "Reject",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Parameter"],
    text: { allowed: false },
    description: "Declines an incoming call without answering it (when it is the first verb), so the call is not billed.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/reject",
    flow: { kind: "transfer", reason: "<Reject> ends the call, so nothing after it runs." },
    attributes: [
      {
        name: "reason",
        type: oneOf(["rejected", "busy"]),
        default: "rejected",
        docUrl: "https://www.twilio.com/docs/voice/twiml/reject#reason",
        description: "What the caller hears: rejected, or busy for a busy signal."
      }
    ]
  },
  {
    id: "Say",
    name: "Say",
    dialect: "voice",
    kind: "verb",
    parents: ["Gather", "Prompt", "Response"],
    children: ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Text to speak, optionally with SSML tags." },
    description: "Reads text to the caller with text-to-speech; the text may contain SSML tags.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say",
    flow: { kind: "continue" },
    attributes: [
      {
        name: "voice",
        type: openEnum(SAY_VOICES),
        default: "man",
        docUrl: "https://www.twilio.com/docs/voice/twiml/say#voice",
        description: "Voice that speaks the text: man, woman, alice, or a Polly or Google voice. The account's TTS settings may change the default."
      },
      {
        name: "loop",
        type: integer(0),
        default: "1",
        docUrl: "https://www.twilio.com/docs/voice/twiml/say#loop",
        description: "How many times to speak the text; 0 repeats until the call ends (at most 1,000 times)."
      },
      {
        name: "language",
        type: openEnum(SAY_LANGUAGES),
        default: "en-US",
        docUrl: "https://www.twilio.com/docs/voice/twiml/say#language",
        description: "Language and accent of the speech."
      }
    ]
  },
  {
    id: "Sms",
    name: "Sms",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: [],
    text: { allowed: true, required: true, meaning: "Text of the message to send." },
    description: "Legacy verb that sent a text message during a call; Twilio has deprecated it.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sms",
    deprecated: {
      replacement: "Message",
      note: "Twilio deprecated the voice <Sms> verb; send messages with <Message> in a messaging response or with the Messages REST API."
    },
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML from the action URL continues the call and the verbs after <Sms> never run."
    },
    attributes: [
      {
        name: "to",
        type: phoneNumber(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sms#to",
        description: "Number to send the message to; defaults to the caller."
      },
      {
        name: "from",
        type: phoneNumber(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sms#from",
        description: "Twilio number to send from; defaults to the number that was called."
      },
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sms#action",
        description: "URL requested after the message is sent; its TwiML continues the call and later verbs are skipped."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/sms#method",
        description: "HTTP method for the action request."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sms#statuscallback",
        description: "URL that receives the message status once it is sent or has failed."
      }
    ]
  },
  {
    id: "Pay",
    name: "Pay",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Prompt", "Parameter"],
    text: { allowed: false },
    description: "Collects card or bank-account details from the caller's keypad and hands them to a payment connector.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/pay",
    flow: {
      kind: "transfer",
      reason: "<Pay> always continues with the TwiML from its action URL (or the current document), so nothing after it runs."
    },
    attributes: [
      {
        name: "input",
        type: oneOf(["dtmf"]),
        default: "dtmf",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#input",
        description: "How the caller enters the details (only dtmf)."
      },
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#action",
        description: "URL (https, always POST) that receives the payment result; its TwiML continues the call."
      },
      {
        name: "bankAccountType",
        type: oneOf(["consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"]),
        default: "consumer-checking",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#bankaccounttype",
        description: "Kind of bank account, for ach-debit payments."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#statuscallback",
        description: "URL that receives progress updates while details are being collected."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "timeout",
        // Pay page: a positive integer of seconds.
        type: integer(1),
        default: "5",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#timeout",
        description: "Seconds to wait for the caller's next key press."
      },
      {
        name: "maxAttempts",
        type: oneOf(["1", "2", "3"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#maxattempts",
        description: "How many times the caller may retry an invalid entry (1 to 3)."
      },
      {
        name: "securityCode",
        type: BOOLEAN,
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#securitycode",
        description: "Asks the caller for the card security code."
      },
      {
        name: "postalCode",
        type: text(),
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#postalcode",
        description: "Asks for the postal code (true), skips it (false), or passes a postal code you already know."
      },
      {
        name: "minPostalCodeLength",
        type: integer(1),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#minpostalcodelength",
        description: "Fewest characters accepted as a postal code."
      },
      {
        name: "paymentConnector",
        type: text(),
        default: "Default",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#paymentconnector",
        description: "Name of the Pay Connector that processes the payment."
      },
      {
        name: "paymentMethod",
        type: oneOf(["ach-debit", "credit-card"]),
        default: "credit-card",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#paymentmethod",
        description: "Whether to collect a credit card or bank account (ach-debit)."
      },
      {
        name: "tokenType",
        type: oneOf(["one-time", "reusable", "payment-method"]),
        default: "reusable",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#tokentype",
        description: "Kind of token to create: one-time, reusable or payment-method."
      },
      {
        name: "chargeAmount",
        type: decimal(0, 1e6),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#chargeamount",
        description: "Amount to charge; leave it out or use 0 to only tokenize the payment method."
      },
      {
        name: "currency",
        type: text(),
        default: "usd",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#currency",
        description: "Currency of chargeAmount."
      },
      {
        name: "description",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#description",
        description: "Description of the payment, passed to the connector."
      },
      {
        name: "validCardTypes",
        type: spaceList(
          oneOf(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"])
        ),
        default: "visa mastercard amex",
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#validcardtypes",
        description: "Space-separated card brands you accept."
      },
      {
        name: "language",
        type: openEnum([
          "de-DE",
          "en-AU",
          "en-CA",
          "en-GB",
          "en-IN",
          "en-IE",
          "en-NZ",
          "en-PH",
          "en-ZA",
          "en-US",
          "es-ES",
          "es-US",
          "fr-CA",
          "fr-FR",
          "it-IT"
        ]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay#language",
        description: "Language of the built-in prompts; defaults to US English."
      }
    ]
  },
  {
    id: "Prompt",
    name: "Prompt",
    dialect: "voice",
    kind: "noun",
    parents: ["Pay", "Response"],
    children: ["Say", "Play", "Pause"],
    text: { allowed: false },
    description: "Inside <Pay>, replaces the built-in prompt of one payment step with your own <Say>, <Play> or <Pause>.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt",
    attributes: [
      {
        name: "for",
        type: oneOf([
          "payment-card-number",
          "expiration-date",
          "security-code",
          "postal-code",
          "payment-processing",
          "bank-account-number",
          "bank-routing-number"
        ]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt#for",
        description: "Which payment step this prompt replaces."
      },
      {
        name: "errorType",
        // The Prompt page lists the ACH (bank account) errors next to the card ones.
        type: spaceList(
          oneOf([
            "timeout",
            "invalid-card-number",
            "invalid-card-type",
            "invalid-date",
            "invalid-security-code",
            "internal-error",
            "input-matching-failed",
            "invalid-bank-routing-number",
            "invalid-bank-account-number",
            "date-validation-failed"
          ])
        ),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt#errortype",
        description: "Plays this prompt only after these errors (space-separated), card and bank account errors alike."
      },
      {
        name: "cardType",
        type: spaceList(
          oneOf(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"])
        ),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt#cardtype",
        description: "Plays this prompt only for these card brands (space-separated)."
      },
      {
        name: "attempt",
        type: spaceList(integer()),
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt#attempt",
        description: "Plays this prompt only on these attempt numbers (space-separated)."
      },
      {
        name: "requireMatchingInputs",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/pay/prompt#requirematchinginputs",
        description: "Asks for the value twice and checks that both entries match."
      }
    ]
  },
  {
    id: "Start",
    name: "Start",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Stream", "Siprec", "Transcription", "Recording"],
    text: { allowed: false },
    description: "Starts a background process (media stream, SIPREC session, live transcription or recording) and moves straight on to the next verb.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/stream",
    flow: { kind: "continue" },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#action",
        description: "URL requested once the background process has been started."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#method",
        description: "HTTP method for the action request."
      }
    ]
  },
  {
    id: "Stop",
    name: "Stop",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Stream", "Siprec", "Transcription", "Recording"],
    text: { allowed: false },
    description: "Stops a background process that <Start> began, identified by its name.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream",
    flow: { kind: "continue" },
    attributes: []
  },
  {
    id: "Refer",
    name: "Refer",
    dialect: "voice",
    kind: "verb",
    parents: ["Response"],
    children: ["Sip"],
    text: { allowed: false },
    description: "Transfers a SIP call elsewhere by sending a SIP REFER to the other side.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/refer",
    flow: {
      kind: "transferIf",
      attribute: "action",
      reason: "With `action`, the TwiML returned after the REFER takes over; the verbs after <Refer> never run."
    },
    attributes: [
      {
        name: "action",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/refer#action",
        description: "URL requested after the REFER completes, with its SIP result codes; its TwiML continues the call."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/refer#method",
        description: "HTTP method for the action request."
      }
    ]
  },
  {
    id: "Stream",
    name: "Stream",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect", "Start", "Stop"],
    children: ["Parameter"],
    text: { allowed: false },
    description: "A real-time WebSocket stream of the call audio: one-way when started with <Start>, two-way inside <Connect>.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/stream",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#name",
        description: "Name of the stream, so <Stop> can end it."
      },
      {
        name: "connectorName",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#connectorname",
        description: "Name of a stream connector set up in the Console."
      },
      {
        name: "url",
        type: url({ absoluteOnly: true, schemes: ["wss"] }),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#url",
        description: "WebSocket URL (wss://) that receives the audio."
      },
      {
        name: "track",
        type: oneOf(["inbound_track", "outbound_track", "both_tracks"]),
        default: "inbound_track",
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#track",
        description: "Which audio to send: the inbound, outbound or both tracks."
      },
      {
        name: "statusCallback",
        type: url({ absoluteOnly: true }),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#statuscallback",
        description: "Absolute URL that receives stream events (started, stopped, failed)."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "audioFormat",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#audioformat",
        description: "Audio encoding the stream should use."
      },
      {
        name: "sampleRate",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#samplerate",
        description: "Sample rate of the streamed audio, for HD codecs."
      }
    ]
  },
  {
    id: "Siprec",
    name: "Siprec",
    dialect: "voice",
    kind: "noun",
    parents: ["Start", "Stop"],
    children: ["Parameter"],
    text: { allowed: false },
    description: "Sends the call's media to a SIPREC recording server set up as a connector.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/siprec",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/siprec#name",
        description: "Name of the SIPREC session, so <Stop> can end it."
      },
      {
        name: "connectorName",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/siprec#connectorname",
        description: "SIPREC connector (set up in the Console) that receives the media."
      },
      {
        name: "track",
        type: oneOf(["inbound_track", "outbound_track", "both_tracks"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/siprec#track",
        description: "Which audio to send: the inbound, outbound or both tracks."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/siprec#statuscallback",
        description: "URL that receives session events."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/siprec#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      }
    ]
  },
  {
    id: "Transcription",
    name: "Transcription",
    dialect: "voice",
    kind: "noun",
    parents: ["Start", "Stop"],
    children: ["Config", "Parameter"],
    text: { allowed: false },
    description: "Live transcription of the call audio, delivered to your status callback URL.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/transcription",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#name",
        description: "Name of the transcription, so <Stop> can end it."
      },
      {
        name: "track",
        type: oneOf(["inbound_track", "outbound_track", "both_tracks"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#track",
        description: "Which audio to transcribe: the inbound, outbound or both tracks."
      },
      {
        name: "statusCallbackUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#statuscallbackurl",
        description: "URL that receives transcription events with the partial and final text."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#statuscallbackmethod",
        description: "HTTP method for statusCallbackUrl requests."
      },
      {
        name: "inboundTrackLabel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#inboundtracklabel",
        description: "Label given to the caller's side in the transcript."
      },
      {
        name: "outboundTrackLabel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#outboundtracklabel",
        description: "Label given to the other side in the transcript."
      },
      {
        name: "partialResults",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#partialresults",
        description: "Sends interim results as well as final ones."
      },
      {
        name: "languageCode",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#languagecode",
        description: "Language of the speech to transcribe."
      },
      {
        name: "transcriptionEngine",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#transcriptionengine",
        description: "Speech-to-text engine to use."
      },
      {
        name: "profanityFilter",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#profanityfilter",
        description: "Masks profanity in the transcript."
      },
      {
        name: "speechModel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#speechmodel",
        description: "Model of the chosen engine."
      },
      {
        name: "hints",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#hints",
        description: "Comma-separated words or phrases to expect."
      },
      {
        name: "enableAutomaticPunctuation",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#enableautomaticpunctuation",
        description: "Adds punctuation to the transcript."
      },
      {
        name: "intelligenceService",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/transcription#intelligenceservice",
        description: "Conversational Intelligence service that stores the transcript."
      }
    ]
  },
  {
    id: "Config",
    name: "Config",
    dialect: "voice",
    kind: "noun",
    parents: ["Transcription", "VirtualAgent"],
    children: [],
    text: { allowed: false },
    description: "A name/value setting for its parent's configuration (<Transcription> or <VirtualAgent>).",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#name",
        description: "Name of the setting."
      },
      {
        name: "value",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#value",
        description: "Value of the setting."
      }
    ]
  },
  {
    id: "Parameter",
    name: "Parameter",
    dialect: "voice",
    kind: "noun",
    parents: [
      "Application",
      "Assistant",
      "Client",
      "ConversationRelay",
      "Hangup",
      "Pay",
      "Reject",
      "Siprec",
      "Stream",
      "Transcription",
      "VirtualAgent"
    ],
    children: [],
    text: { allowed: false },
    description: "A custom name/value pair that Twilio passes on to the parent's service, for example in a stream's start message.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/stream#custom-parameters",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#custom-parameters",
        description: "Name of the parameter."
      },
      {
        name: "value",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/stream#custom-parameters",
        description: "Value of the parameter."
      }
    ]
  },
  {
    id: "Recording",
    name: "Recording",
    dialect: "voice",
    kind: "noun",
    parents: ["Start", "Stop"],
    children: [],
    text: { allowed: false },
    description: "Records the call in the background; a named recording can later be stopped with <Stop>.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/recording",
    attributes: [
      {
        name: "recordingStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#recordingstatuscallback",
        description: "URL notified when the recording's status changes."
      },
      {
        name: "recordingStatusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#recordingstatuscallbackmethod",
        description: "HTTP method for recordingStatusCallback requests."
      },
      {
        name: "recordingStatusCallbackEvent",
        type: spaceList(oneOf(["in-progress", "completed", "absent"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#recordingstatuscallbackevent",
        description: "Space-separated recording events that trigger recordingStatusCallback."
      },
      {
        name: "trim",
        type: oneOf(["trim-silence", "do-not-trim"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#trim",
        description: "Whether to cut silence from the start and end of the recording."
      },
      {
        name: "track",
        type: oneOf(["inbound", "outbound", "both"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#track",
        description: "Which audio to record: inbound, outbound or both."
      },
      {
        name: "channels",
        type: oneOf(["mono", "dual"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#channels",
        description: "mono mixes both sides into one channel; dual keeps each side in its own channel."
      },
      {
        name: "recordingConfigurationId",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#recordingconfigurationid",
        description: "Identifier of a recording configuration to apply to the recording."
      },
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/recording#name",
        description: 'Name of the recording, so a later <Stop><Recording name="..."/></Stop> can stop it.'
      }
    ]
  },
  {
    id: "break",
    name: "break",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: [],
    text: { allowed: false },
    description: "SSML: inserts a pause of a given strength or length.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "strength",
        type: oneOf(["none", "x-weak", "weak", "medium", "strong", "x-strong"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Length of the pause, by strength."
      },
      {
        name: "time",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Length of the pause, such as 500ms or 2s."
      }
    ]
  },
  {
    id: "emphasis",
    name: "emphasis",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Words to stress." },
    description: "SSML: speaks the enclosed words with more or less stress.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "level",
        type: oneOf(["strong", "moderate", "reduced"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "How strongly to stress the words."
      }
    ]
  },
  {
    id: "lang",
    name: "lang",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s"],
    children: ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Words in the other language." },
    description: "SSML: speaks the enclosed words in another language.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "xml:lang",
        type: openEnum(SSML_LANGUAGES),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Language of the enclosed words."
      }
    ]
  },
  {
    id: "p",
    name: "p",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "lang", "prosody"],
    children: ["break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Paragraph text." },
    description: "SSML: marks a paragraph, with a longer pause around it.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: []
  },
  {
    id: "phoneme",
    name: "phoneme",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: [],
    text: { allowed: true, required: true, meaning: "The word being pronounced." },
    description: "SSML: gives the exact pronunciation of the enclosed word in a phonetic alphabet.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "alphabet",
        type: oneOf([
          "ipa",
          "x-sampa",
          "x-amazon-jyutping",
          "x-amazon-pinyin",
          "x-amazon-pron-kana",
          "x-amazon-yomigana"
        ]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Phonetic alphabet used in ph."
      },
      {
        name: "ph",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "The pronunciation, written in that alphabet."
      }
    ]
  },
  {
    id: "prosody",
    name: "prosody",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Words to speak with the changed prosody." },
    description: "SSML: changes the volume, speed or pitch of the enclosed words.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "volume",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Loudness, such as loud or +6dB."
      },
      {
        name: "rate",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Speaking speed, such as slow or 80%."
      },
      {
        name: "pitch",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Voice pitch, such as high or +10%."
      }
    ]
  },
  {
    id: "s",
    name: "s",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "lang", "p", "prosody"],
    children: ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
    text: { allowed: true, meaning: "Sentence text." },
    description: "SSML: marks a sentence, with a pause after it.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: []
  },
  {
    id: "say-as",
    name: "say-as",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: [],
    text: { allowed: true, required: true, meaning: "Text to interpret." },
    description: "SSML: says how to read the enclosed text (as digits, a date, a phone number, ...).",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "interpret-as",
        type: oneOf([
          "characters",
          "spell-out",
          "cardinal",
          "number",
          "ordinal",
          "digits",
          "fraction",
          "unit",
          "date",
          "time",
          "address",
          "expletive",
          "telephone"
        ]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "How to read the text."
      },
      {
        name: "format",
        type: oneOf(["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Order of day, month and year when the text is a date."
      }
    ]
  },
  {
    id: "sub",
    name: "sub",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w"],
    children: [],
    text: { allowed: true, required: true, meaning: "Written form that the alias replaces." },
    description: "SSML: speaks the alias instead of the enclosed text.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "alias",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Text spoken instead of the element's content."
      }
    ]
  },
  {
    id: "w",
    name: "w",
    dialect: "voice",
    kind: "noun",
    parents: ["Say", "emphasis", "lang", "p", "prosody", "s"],
    children: ["break", "emphasis", "phoneme", "prosody", "say-as", "sub"],
    text: { allowed: true, meaning: "The word." },
    description: "SSML: marks a word with its part of speech so the right pronunciation is used.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
    attributes: [
      {
        name: "role",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/say/text-speech#ssml",
        description: "Part of speech or sense of the word, such as amazon:VB."
      }
    ]
  },
  {
    id: "Task",
    name: "Task",
    dialect: "voice",
    kind: "noun",
    parents: ["Enqueue"],
    children: [],
    text: { allowed: true, required: true, meaning: "Task attributes as a JSON object." },
    description: "Inside <Enqueue>, creates a TaskRouter task whose attributes are the JSON in its text.",
    docUrl: "https://www.twilio.com/docs/taskrouter/twiml-queue-calls",
    attributes: [
      {
        name: "priority",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/taskrouter/twiml-queue-calls#priority",
        description: "Priority of the task created in TaskRouter."
      },
      {
        name: "timeout",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/taskrouter/twiml-queue-calls#timeout",
        description: "Seconds the task may wait in TaskRouter before it is cancelled."
      }
    ]
  },
  {
    id: "Client",
    name: "Client",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: ["Identity", "Parameter"],
    text: { allowed: true, maxLength: 256, meaning: "Identity of the client to call (at most 256 characters)." },
    description: "Inside <Dial>, calls a Voice SDK client by its identity.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/client",
    attributes: [
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-url",
        description: "URL of TwiML run for the client (a whisper) before the call connects."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-method",
        description: "HTTP method for the url request."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["initiated", "ringing", "answered", "completed"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-status-callback-event",
        description: "Space-separated call progress events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-status-callback",
        description: "URL that receives call progress events for this client leg."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-status-callback-method",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "clientNotificationUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/client#attributes-client-notification-url",
        description: "URL notified (always by POST) when the call is routed to a Voice SDK client, for custom push notifications."
      }
    ]
  },
  {
    id: "Conference",
    name: "Conference",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: [],
    text: { allowed: true, required: true, meaning: "Name of the conference room." },
    description: "Inside <Dial>, puts the caller into a named conference room.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/conference",
    attributes: [
      {
        name: "muted",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#muted",
        description: "Joins the participant muted."
      },
      {
        name: "beep",
        type: oneOf(["true", "false", "onEnter", "onExit"]),
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#beep",
        description: "When to beep: on enter, on exit, both (true) or never (false)."
      },
      {
        name: "startConferenceOnEnter",
        type: BOOLEAN,
        default: "true",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#startconferenceonenter",
        description: "Starts the conference when this participant joins; if false they wait."
      },
      {
        name: "endConferenceOnExit",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#endconferenceonexit",
        description: "Ends the conference for everyone when this participant leaves."
      },
      {
        name: "waitUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#waiturl",
        description: "URL of TwiML or audio played while waiting for the conference to start; defaults to hold music."
      },
      {
        name: "waitMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#waitmethod",
        description: "HTTP method for waitUrl requests."
      },
      {
        name: "maxParticipants",
        type: integer(1, 250),
        default: "250",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#maxparticipants",
        description: "Most participants allowed in the conference (up to 250)."
      },
      {
        name: "record",
        type: oneOf(["do-not-record", "record-from-start"]),
        default: "do-not-record",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#record",
        description: "Set to record-from-start to record the conference."
      },
      {
        name: "recordingConfigurationId",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#recordingconfigurationid",
        description: "Identifier of a recording configuration to apply to the recording."
      },
      {
        name: "region",
        type: oneOf(["us1", "us2", "ie1", "sg1", "br1", "au1", "jp1", "de1"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#region",
        description: "Region where the conference media is mixed."
      },
      {
        name: "coach",
        type: sid("CA"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#coach",
        description: "Call SID of the participant this caller coaches (speaks to privately)."
      },
      {
        name: "trim",
        type: oneOf(["trim-silence", "do-not-trim"]),
        default: "trim-silence",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#trim",
        description: "Whether to cut silence from the start and end of the recording."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#statuscallbackevent",
        description: "Space-separated conference events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#statuscallback",
        description: "URL that receives the conference events chosen in statusCallbackEvent."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "recordingStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#recordingstatuscallback",
        description: "URL notified when the recording's status changes."
      },
      {
        name: "recordingStatusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#recordingstatuscallbackmethod",
        description: "HTTP method for recordingStatusCallback requests."
      },
      {
        name: "recordingStatusCallbackEvent",
        type: spaceList(oneOf(["in-progress", "completed", "absent"])),
        default: "completed",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#recordingstatuscallbackevent",
        description: "Space-separated recording events that trigger recordingStatusCallback."
      },
      {
        name: "eventCallbackUrl",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#eventcallbackurl",
        description: "URL that receives conference event notifications."
      },
      {
        name: "jitterBufferSize",
        type: oneOf(["large", "medium", "small", "off"]),
        default: "large",
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#jitterbuffersize",
        description: "Size of this participant's jitter buffer, or off."
      },
      {
        name: "participantLabel",
        type: text(128),
        docUrl: "https://www.twilio.com/docs/voice/twiml/conference#participantlabel",
        description: "Label naming this participant in the conference (unique, at most 128 characters)."
      }
    ]
  },
  {
    id: "Number",
    name: "Number",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: [],
    text: { allowed: true, required: true, meaning: "Phone number to call." },
    description: "Inside <Dial>, calls a phone number; several <Number> nouns ring at the same time.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/number",
    attributes: [
      {
        name: "sendDigits",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-send-digits",
        description: "Digits to press once the call is answered; each w waits half a second."
      },
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-url",
        description: "URL of TwiML run for the called party (a whisper) before the call connects."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-method",
        description: "HTTP method for the url request."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["initiated", "ringing", "answered", "completed"])),
        default: "completed",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-status-callback-event",
        description: "Space-separated call progress events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-status-callback",
        description: "URL that receives call progress events for this leg."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-status-callback-method",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "byoc",
        type: sid("BY"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-byoc",
        description: "BYOC trunk to route the call through."
      },
      {
        name: "machineDetection",
        type: oneOf(["Enable", "DetectMessageEnd"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-machine-detection",
        description: "Turns on answering machine detection; DetectMessageEnd also waits for the greeting to end."
      },
      {
        name: "amdStatusCallbackMethod",
        type: HTTP_METHOD,
        default: "POST",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-amd-status-callback-method",
        description: "HTTP method for amdStatusCallback requests."
      },
      {
        name: "amdStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-amd-status-callback",
        description: "URL that receives the machine detection result asynchronously."
      },
      {
        name: "machineDetectionTimeout",
        type: integer(3, 60),
        default: "30",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-machine-detection-timeout",
        description: "Seconds to spend on detection before giving up (3 to 60)."
      },
      {
        name: "machineDetectionSpeechThreshold",
        type: integer(1e3, 6e3),
        default: "2400",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-machine-detection-speech-threshold",
        description: "Milliseconds of speech that count as a machine greeting."
      },
      {
        name: "machineDetectionSpeechEndThreshold",
        type: integer(500, 5e3),
        default: "1200",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-machine-detection-speech-end-threshold",
        description: "Milliseconds of silence after speech that end detection."
      },
      {
        name: "machineDetectionSilenceTimeout",
        type: integer(2e3, 1e4),
        default: "5000",
        docUrl: "https://www.twilio.com/docs/voice/twiml/number#attributes-machine-detection-silence-timeout",
        description: "Milliseconds of initial silence after which the result is unknown."
      }
    ]
  },
  {
    id: "Sim",
    name: "Sim",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: [],
    text: { allowed: true, required: true, meaning: "SID of the SIM (DE...)." },
    description: "Inside <Dial>, calls a Programmable Wireless SIM by its SID.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sim",
    attributes: []
  },
  {
    id: "Sip@Dial",
    name: "Sip",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: ["Uri", "Headers"],
    text: { allowed: true, maxLength: 255, meaning: "SIP URI to call." },
    description: "Inside <Dial>, calls a SIP endpoint.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sip",
    attributes: [
      {
        name: "username",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#username",
        description: "Username for SIP authentication."
      },
      {
        name: "password",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#password",
        description: "Password for SIP authentication."
      },
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#url",
        description: "URL of TwiML run for the SIP party (a whisper) before the call connects."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#method",
        description: "HTTP method for the url request."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["initiated", "ringing", "answered", "completed"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#statuscallbackevent",
        description: "Space-separated call progress events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#statuscallback",
        description: "URL that receives call progress events for this SIP leg."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "machineDetection",
        type: oneOf(["Enable", "DetectMessageEnd"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#machinedetection",
        description: "Turns on answering machine detection; DetectMessageEnd also waits for the greeting to end."
      },
      {
        name: "amdStatusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#amdstatuscallbackmethod",
        description: "HTTP method for amdStatusCallback requests."
      },
      {
        name: "amdStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#amdstatuscallback",
        description: "URL that receives the machine detection result asynchronously."
      },
      {
        name: "machineDetectionTimeout",
        type: integer(3, 60),
        default: "30",
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#machinedetectiontimeout",
        description: "Seconds to spend on detection before giving up (3 to 60)."
      },
      {
        name: "machineDetectionSpeechThreshold",
        type: integer(1e3, 6e3),
        default: "2400",
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#machinedetectionspeechthreshold",
        description: "Milliseconds of speech that count as a machine greeting."
      },
      {
        name: "machineDetectionSpeechEndThreshold",
        type: integer(500, 5e3),
        default: "1200",
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#machinedetectionspeechendthreshold",
        description: "Milliseconds of silence after speech that end detection."
      },
      {
        name: "machineDetectionSilenceTimeout",
        type: integer(2e3, 1e4),
        default: "5000",
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#machinedetectionsilencetimeout",
        description: "Milliseconds of initial silence after which the result is unknown."
      }
    ]
  },
  {
    id: "Sip@Refer",
    name: "Sip",
    dialect: "voice",
    kind: "noun",
    parents: ["Refer"],
    children: [],
    text: { allowed: true, required: true, maxLength: 255, meaning: "SIP URI of the transfer target." },
    description: "Inside <Refer>, the SIP URI the call is transferred to.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sip",
    attributes: []
  },
  {
    id: "Application",
    name: "Application",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: ["ApplicationSid", "Parameter"],
    text: { allowed: true, meaning: "SID of the TwiML App (AP...)." },
    description: "Inside <Dial>, connects the call to another TwiML App.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application",
    attributes: [
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#url",
        description: "URL of TwiML run for the called application (a whisper) before the call connects."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#method",
        description: "HTTP method for the url request."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["initiated", "ringing", "answered", "completed"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#statuscallbackevent",
        description: "Space-separated call progress events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#statuscallback",
        description: "URL that receives call progress events for this leg."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "customerId",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#customerid",
        description: "Identifier of the customer placing the call, passed to the application."
      },
      {
        name: "copyParentTo",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application#copyparentto",
        description: "Passes the parent call's To number on to the application call."
      }
    ]
  },
  {
    id: "WhatsApp",
    name: "WhatsApp",
    dialect: "voice",
    kind: "noun",
    parents: ["Dial"],
    children: [],
    text: { allowed: true, required: true, meaning: "WhatsApp number to call." },
    description: "Inside <Dial>, places a WhatsApp voice call to a number.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp",
    attributes: [
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp#url",
        description: "URL of TwiML run for the called party before the call connects."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp#method",
        description: "HTTP method for the url request."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["initiated", "ringing", "answered", "completed"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp#statuscallbackevent",
        description: "Space-separated call progress events that trigger statusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp#statuscallback",
        description: "URL that receives call progress events for this leg."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/whatsapp#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      }
    ]
  },
  {
    id: "ApplicationSid",
    name: "ApplicationSid",
    dialect: "voice",
    kind: "noun",
    parents: ["Application"],
    children: [],
    text: { allowed: true, required: true, meaning: "SID of the TwiML App (AP...)." },
    description: "Inside <Application>, the SID of the TwiML App to call.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/dial/application",
    attributes: []
  },
  {
    id: "Uri",
    name: "Uri",
    dialect: "voice",
    kind: "noun",
    parents: ["Sip"],
    children: [],
    text: { allowed: true, maxLength: 255, meaning: "SIP URI to try." },
    description: "Inside <Sip>, one SIP URI to try; list several with priority and weight for failover.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sip",
    attributes: [
      {
        name: "priority",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#priority",
        description: "Order in which the URIs are tried; lower numbers go first."
      },
      {
        name: "weight",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#weight",
        description: "Share of calls among URIs that have the same priority."
      },
      {
        name: "username",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#username",
        description: "Username for SIP authentication with this URI."
      },
      {
        name: "password",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#password",
        description: "Password for SIP authentication with this URI."
      }
    ]
  },
  {
    id: "Headers",
    name: "Headers",
    dialect: "voice",
    kind: "noun",
    parents: ["Sip"],
    children: ["Header"],
    text: { allowed: false },
    description: "Inside <Sip>, a group of custom SIP headers to send with the call.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sip",
    attributes: []
  },
  {
    id: "Header",
    name: "Header",
    dialect: "voice",
    kind: "noun",
    parents: ["Headers"],
    children: [],
    text: { allowed: false },
    description: "One custom SIP header, as a name and a value.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/sip",
    attributes: [
      {
        name: "name",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#name",
        description: "Name of the header (custom headers start with X-)."
      },
      {
        name: "value",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/sip#value",
        description: "Value of the header."
      }
    ]
  },
  {
    id: "Identity",
    name: "Identity",
    dialect: "voice",
    kind: "noun",
    parents: ["Client"],
    children: [],
    text: { allowed: true, required: true, maxLength: 256, meaning: "Identity of the client to call." },
    description: "Inside <Client>, the identity of the client to call.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/client",
    attributes: []
  },
  {
    id: "Room",
    name: "Room",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: [],
    text: { allowed: true, required: true, meaning: "Name of the Video room." },
    description: "Inside <Connect>, joins the call to a Twilio Video room.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/room",
    attributes: [
      {
        name: "participantIdentity",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/room#participantidentity",
        description: "Identity the caller gets as a participant in the room."
      }
    ]
  },
  {
    id: "Autopilot",
    name: "Autopilot",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: [],
    text: { allowed: true, required: true, meaning: "SID or unique name of the Autopilot assistant." },
    description: "Inside <Connect>, handed the call to an Autopilot assistant; Autopilot has been retired.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect",
    deprecated: {
      note: "Autopilot reached end of life and <Connect> no longer lists it; use another <Connect> noun such as <VirtualAgent> or <ConversationRelay>."
    },
    attributes: []
  },
  {
    id: "VirtualAgent",
    name: "VirtualAgent",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: ["Config", "Parameter"],
    text: { allowed: false },
    description: "Inside <Connect>, connects the call to a Dialogflow CX virtual agent through a connector.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent",
    attributes: [
      {
        name: "connectorName",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#connectorname",
        description: "Name of the virtual agent connector set up in the Console."
      },
      {
        name: "language",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#language",
        description: "Language the agent speaks and understands."
      },
      {
        name: "sentimentAnalysis",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#sentimentanalysis",
        description: "Turns on sentiment analysis of the conversation."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#statuscallback",
        description: "URL that receives the agent's session events and results."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/virtualagent#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      }
    ]
  },
  {
    id: "Conversation",
    name: "Conversation",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: [],
    text: { allowed: false },
    description: "Inside <Connect>, routes the call into a Twilio Conversations conversation.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation",
    attributes: [
      {
        name: "serviceInstanceSid",
        type: sid("IS"),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#serviceinstancesid",
        description: "Conversations service (IS...) that holds the conversation."
      },
      {
        name: "inboundAutocreation",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#inboundautocreation",
        description: "Creates a conversation for the inbound call automatically."
      },
      {
        name: "routingAssignmentTimeout",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#routingassignmenttimeout",
        description: "Seconds to wait for the conversation to be assigned."
      },
      {
        name: "inboundTimeout",
        type: integer(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#inboundtimeout",
        description: "Seconds to wait for the inbound call to be handled."
      },
      {
        name: "url",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#url",
        description: "URL requested for the conversation's TwiML."
      },
      {
        name: "method",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#method",
        description: "HTTP method for the url request."
      },
      {
        name: "record",
        type: oneOf([
          "do-not-record",
          "record-from-answer",
          "record-from-ringing",
          "record-from-answer-dual",
          "record-from-ringing-dual",
          "true",
          "false"
        ]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#record",
        description: "Whether to record the call and from which point."
      },
      {
        name: "trim",
        type: oneOf(["trim-silence", "do-not-trim"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#trim",
        description: "Whether to cut silence from the start and end of the recording."
      },
      {
        name: "recordingStatusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#recordingstatuscallback",
        description: "URL notified when the recording's status changes."
      },
      {
        name: "recordingStatusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#recordingstatuscallbackmethod",
        description: "HTTP method for recordingStatusCallback requests."
      },
      {
        name: "recordingStatusCallbackEvent",
        type: spaceList(oneOf(["in-progress", "completed", "absent"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#recordingstatuscallbackevent",
        description: "Space-separated recording events that trigger recordingStatusCallback."
      },
      {
        name: "statusCallback",
        type: url(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#statuscallback",
        description: "URL that receives call status events for the conversation."
      },
      {
        name: "statusCallbackMethod",
        type: HTTP_METHOD,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#statuscallbackmethod",
        description: "HTTP method for statusCallback requests."
      },
      {
        name: "statusCallbackEvent",
        type: spaceList(oneOf(["call-initiated", "call-ringing", "call-answered", "call-completed"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversation#statuscallbackevent",
        description: "Space-separated call events that trigger statusCallback."
      }
    ]
  },
  {
    id: "ConversationRelay",
    name: "ConversationRelay",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: ["Language", "Parameter"],
    text: { allowed: false },
    description: "Inside <Connect>, links the call to your AI application over a WebSocket while Twilio handles speech recognition and synthesis.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay",
    attributes: [
      {
        name: "url",
        type: url({ absoluteOnly: true, schemes: ["wss"] }),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#url",
        description: "WebSocket URL (wss://) of your application, which exchanges text with Twilio.",
        required: true
      },
      {
        name: "language",
        type: text(),
        default: "en-US",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#language",
        description: "Language for both speech recognition and text-to-speech."
      },
      {
        name: "ttsLanguage",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#ttslanguage",
        description: "Language for text-to-speech only."
      },
      {
        name: "transcriptionLanguage",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#transcriptionlanguage",
        description: "Language for speech recognition only."
      },
      {
        name: "ttsProvider",
        type: openEnum(["Google", "Amazon", "ElevenLabs"]),
        default: "ElevenLabs",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#ttsprovider",
        description: "Text-to-speech provider."
      },
      {
        name: "voice",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#voice",
        description: "Voice of the text-to-speech provider; defaults to the provider's default."
      },
      {
        name: "transcriptionProvider",
        type: openEnum(["Google", "Deepgram"]),
        default: "Deepgram",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#transcriptionprovider",
        description: "Speech recognition provider."
      },
      {
        name: "speechModel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#speechmodel",
        description: "Speech recognition model of the chosen provider."
      },
      {
        name: "profanityFilter",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#profanityfilter",
        description: "Masks profanity in the transcript."
      },
      {
        name: "dtmfDetection",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#dtmfdetection",
        description: "Sends the caller's key presses to your application."
      },
      {
        name: "welcomeGreeting",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#welcomegreeting",
        description: "Text spoken as soon as the session starts."
      },
      {
        name: "partialPrompts",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#partialprompts",
        description: "Sends the caller's speech as it is recognized, not only when they finish."
      },
      {
        name: "welcomeGreetingInterruptible",
        type: oneOf(["none", "dtmf", "speech", "any", "true", "false"]),
        default: "any",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#welcomegreetinginterruptible",
        description: "Which caller input may interrupt the welcome greeting."
      },
      {
        name: "interruptible",
        type: oneOf(["none", "dtmf", "speech", "any", "true", "false"]),
        default: "any",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#interruptible",
        description: "Which caller input may interrupt the speech being played."
      },
      {
        name: "preemptible",
        type: BOOLEAN,
        default: "false",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#preemptible",
        description: "Lets new text from your application cut off speech that is still playing."
      },
      {
        name: "hints",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#hints",
        description: "Comma-separated words or phrases the recognizer should expect."
      },
      {
        name: "intelligenceService",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#intelligenceservice",
        description: "Conversational Intelligence service that stores the transcript."
      },
      {
        name: "reportInputDuringAgentSpeech",
        type: oneOf(["none", "dtmf", "speech", "any", "true", "false"]),
        default: "none",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#reportinputduringagentspeech",
        description: "Which caller input made while the agent speaks is reported to your application."
      },
      {
        name: "elevenlabsTextNormalization",
        type: oneOf(["on", "auto", "off"]),
        default: "off",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#elevenlabstextnormalization",
        description: "ElevenLabs text normalization: on, auto or off."
      },
      {
        name: "interruptSensitivity",
        type: oneOf(["low", "medium", "high"]),
        default: "high",
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#interruptsensitivity",
        description: "How readily caller sound counts as an interruption."
      },
      {
        name: "debug",
        type: spaceList(openEnum(["debugging", "speaker-events", "tokens-played"])),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#debug",
        description: "Space-separated debug options that add messages sent to your application."
      },
      {
        name: "backgroundNoiseReduction",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#backgroundnoisereduction",
        description: "Filters background noise before speech recognition. twilio-node and twilio-java spell it all lowercase."
      },
      {
        name: "speechTimeout",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#speechtimeout",
        description: "How long the caller may pause before their turn ends, in milliseconds, or auto. twilio-node and twilio-java spell it all lowercase."
      },
      {
        name: "deepgramSmartFormat",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#deepgramsmartformat",
        description: "Turns on Deepgram smart formatting of the transcript. twilio-node and twilio-java spell it all lowercase."
      },
      {
        name: "ignoreBackchannel",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#ignorebackchannel",
        description: "Ignores short acknowledgements such as 'uh-huh' instead of treating them as interruptions. twilio-node and twilio-java spell it all lowercase."
      },
      {
        name: "events",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#events",
        description: "Extra events to send to your application."
      }
    ]
  },
  {
    id: "AiSession",
    name: "AiSession",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: [],
    text: { allowed: false },
    description: "Inside <Connect>, starts an AI session through a configured AI connector.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect",
    attributes: [
      {
        name: "aiConnector",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#aiconnector",
        description: "Name of the AI connector to use."
      },
      {
        name: "aiSessionConfiguration",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#aisessionconfiguration",
        description: "Session configuration to use."
      }
    ]
  },
  {
    id: "ConversationRelaySession",
    name: "ConversationRelaySession",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: [],
    text: { allowed: false },
    description: "Inside <Connect>, starts a ConversationRelay session from a stored session configuration.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect",
    attributes: [
      {
        name: "connector",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#connector",
        description: "Name of the connector to use."
      },
      {
        name: "sessionConfiguration",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#sessionconfiguration",
        description: "Stored session configuration to use."
      }
    ]
  },
  {
    id: "Language",
    name: "Language",
    dialect: "voice",
    kind: "noun",
    parents: ["Assistant", "ConversationRelay"],
    children: [],
    text: { allowed: false },
    description: "Per-language speech settings (voice, providers, model) for <ConversationRelay> or <Assistant>.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay",
    attributes: [
      {
        name: "code",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#code",
        description: "Language code these settings apply to.",
        required: true
      },
      {
        name: "ttsProvider",
        type: openEnum(["Google", "Amazon", "ElevenLabs"]),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#ttsprovider",
        description: "Text-to-speech provider for this language; inherited from the parent when left out."
      },
      {
        name: "voice",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#voice",
        description: "Voice for this language; inherited from the parent when left out."
      },
      {
        name: "transcriptionProvider",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#transcriptionprovider",
        description: "Speech recognition provider for this language."
      },
      {
        name: "speechModel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay#speechmodel",
        description: "Speech recognition model for this language."
      }
    ]
  },
  {
    id: "Assistant",
    name: "Assistant",
    dialect: "voice",
    kind: "noun",
    parents: ["Connect"],
    children: ["Language", "Parameter"],
    text: { allowed: false },
    description: "Inside <Connect>, connects the call to a Twilio AI Assistant.",
    docUrl: "https://www.twilio.com/docs/voice/twiml/connect",
    attributes: [
      {
        name: "debug",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#debug",
        description: "Space-separated debug options that add messages sent to your application."
      },
      {
        name: "dtmfDetection",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#dtmfdetection",
        description: "Sends the caller's key presses to the assistant."
      },
      {
        name: "elevenlabsTextNormalization",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#elevenlabstextnormalization",
        description: "ElevenLabs text normalization: on, auto or off."
      },
      {
        name: "hints",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#hints",
        description: "Comma-separated words or phrases the recognizer should expect."
      },
      {
        name: "id",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#id",
        description: "ID of the AI Assistant to connect to."
      },
      {
        name: "intelligenceService",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#intelligenceservice",
        description: "Conversational Intelligence service that stores the transcript."
      },
      {
        name: "interruptSensitivity",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#interruptsensitivity",
        description: "How readily caller sound counts as an interruption."
      },
      {
        name: "interruptible",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#interruptible",
        description: "Which caller input may interrupt the speech being played."
      },
      {
        name: "language",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#language",
        description: "Language for both speech recognition and text-to-speech."
      },
      {
        name: "partialPrompts",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#partialprompts",
        description: "Sends the caller's speech as it is recognized, not only when they finish."
      },
      {
        name: "preemptible",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#preemptible",
        description: "Lets new output cut off speech that is still playing."
      },
      {
        name: "profanityFilter",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#profanityfilter",
        description: "Masks profanity in the transcript."
      },
      {
        name: "reportInputDuringAgentSpeech",
        type: BOOLEAN,
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#reportinputduringagentspeech",
        description: "Reports caller input made while the assistant speaks."
      },
      {
        name: "speechModel",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#speechmodel",
        description: "Speech recognition model of the chosen provider."
      },
      {
        name: "transcriptionLanguage",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#transcriptionlanguage",
        description: "Language for speech recognition only."
      },
      {
        name: "transcriptionProvider",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#transcriptionprovider",
        description: "Speech recognition provider."
      },
      {
        name: "ttsLanguage",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#ttslanguage",
        description: "Language for text-to-speech only."
      },
      {
        name: "ttsProvider",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#ttsprovider",
        description: "Text-to-speech provider."
      },
      {
        name: "voice",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#voice",
        description: "Voice of the text-to-speech provider."
      },
      {
        name: "welcomeGreeting",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#welcomegreeting",
        description: "Text spoken as soon as the session starts."
      },
      {
        name: "welcomeGreetingInterruptible",
        type: text(),
        docUrl: "https://www.twilio.com/docs/voice/twiml/connect#welcomegreetinginterruptible",
        description: "Which caller input may interrupt the welcome greeting."
      }
    ]
  }
];

// server/src/data/twimlSchema.ts
var ELEMENTS_BY_DIALECT = {
  messaging: MESSAGING_ELEMENTS,
  voice: VOICE_ELEMENTS
};
var DIALECTS = ["messaging", "voice"];
var ALL_ELEMENT_NAMES = [
  ...new Set([...MESSAGING_ELEMENTS, ...VOICE_ELEMENTS].map((element) => element.name))
].sort();
function rootElement(dialect) {
  const root = ELEMENTS_BY_DIALECT[dialect].find((element) => element.kind === "root");
  if (!root) throw new Error(`No root element for the ${dialect} dialect`);
  return root;
}

// server/src/data/schemaIndex.ts
var INDEX = {
  messaging: buildIndex(ELEMENTS_BY_DIALECT.messaging),
  voice: buildIndex(ELEMENTS_BY_DIALECT.voice)
};
var ATTRIBUTES = /* @__PURE__ */ new Map();
var ATTRIBUTES_LOWER = /* @__PURE__ */ new Map();
for (const dialect of DIALECTS) {
  for (const element of ELEMENTS_BY_DIALECT[dialect]) {
    ATTRIBUTES.set(element, new Map(element.attributes.map((attribute) => [attribute.name, attribute])));
    ATTRIBUTES_LOWER.set(
      element,
      new Map(element.attributes.map((attribute) => [attribute.name.toLowerCase(), attribute.name]))
    );
  }
}
var VOICE_ONLY_VERBS = new Set(INDEX.voice.verbs.filter((name) => !INDEX.messaging.byName.has(name)));
var MESSAGING_ONLY_VERBS = new Set(INDEX.messaging.verbs.filter((name) => !INDEX.voice.byName.has(name)));
function buildIndex(elements) {
  const byName = /* @__PURE__ */ new Map();
  const byLowerName = /* @__PURE__ */ new Map();
  for (const element of elements) {
    const list = byName.get(element.name);
    if (list) list.push(element);
    else byName.set(element.name, [element]);
    byLowerName.set(element.name.toLowerCase(), element.name);
  }
  const names2 = [...byName.keys()].sort();
  const verbs = names2.filter((name) => byName.get(name)?.some((element) => element.kind === "verb"));
  return { byName, byLowerName, names: names2, verbs };
}
function elementsNamed(dialect, name) {
  return INDEX[dialect].byName.get(name) ?? [];
}
function findElement(dialect, parentName, name) {
  const candidates = elementsNamed(dialect, name);
  if (candidates.length === 0) return void 0;
  if (parentName !== void 0) {
    const placed = candidates.find((element) => element.parents.includes(parentName));
    if (placed) return placed;
  }
  return candidates[0];
}
function findAttribute(element, name) {
  return ATTRIBUTES.get(element)?.get(name) ?? element.attributes.find((attribute) => attribute.name === name);
}
function caseInsensitiveElement(dialect, name) {
  const lower = name.toLowerCase();
  for (const where of [dialect, otherDialect(dialect)]) {
    const known = INDEX[where].byLowerName.get(lower);
    if (known !== void 0) return known === name ? void 0 : known;
  }
  return void 0;
}
function caseInsensitiveAttribute(element, name) {
  const known = ATTRIBUTES_LOWER.get(element)?.get(name.toLowerCase()) ?? element.attributes.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase())?.name;
  return known === void 0 || known === name ? void 0 : known;
}
function allElementNames(dialect) {
  return INDEX[dialect].names;
}
function isVoiceOnlyVerb(name) {
  return VOICE_ONLY_VERBS.has(name);
}
function isMessagingOnlyVerb(name) {
  return MESSAGING_ONLY_VERBS.has(name);
}
function suggest(name, candidates) {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best = Infinity;
  let found = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const distance = damerauLevenshtein(lower, candidate.toLowerCase(), Math.min(limit, best));
    if (distance > limit || distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push(candidate);
  }
  return found;
}
function damerauLevenshtein(a, b, cap = Infinity) {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let beforePrevious = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
function otherDialect(dialect) {
  return dialect === "voice" ? "messaging" : "voice";
}

// server/src/parser/entities.ts
var PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
var REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;
function decodeReference(body) {
  if (body.startsWith("#x")) return fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return fromCodePoint(parseInt(body.slice(1), 10));
  return PREDEFINED[body];
}
function fromCodePoint(code) {
  if (!Number.isFinite(code) || code < 1 || code > 1114111) return void 0;
  return String.fromCodePoint(code);
}
function decodeText(raw) {
  if (!raw.includes("&")) return raw;
  return raw.replace(REFERENCE, (whole, body) => decodeReference(body) ?? whole);
}
function scanEntityProblems(raw, base) {
  const problems = [];
  let at = raw.indexOf("&");
  let semi = -2;
  while (at >= 0) {
    if (semi !== -1 && semi < at) semi = raw.indexOf(";", at);
    const candidate = semi < 0 ? "" : raw.slice(at, semi + 1);
    const match = /^&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);$/.exec(candidate);
    if (!match) {
      problems.push({
        code: "xml-unescaped-ampersand",
        message: 'A bare "&" breaks the XML. Write &amp; instead.',
        range: { start: base + at, end: base + at + 1 }
      });
    } else if (decodeReference(match[1]) === void 0) {
      problems.push({
        code: "xml-unknown-entity",
        message: `Unknown entity ${candidate}. Only &amp; &lt; &gt; &quot; &apos; and numeric references are defined; write &amp; for a literal "&".`,
        range: { start: base + at, end: base + semi + 1 }
      });
    }
    at = raw.indexOf("&", at + 1);
  }
  return problems;
}

// server/src/parser/scanner.ts
var LT = 60;
var GT = 62;
var SLASH = 47;
var EQ = 61;
var QUOTE = 34;
var APOS = 39;
var QMARK = 63;
var BANG = 33;
function isNameChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 45 || code === 46 || code === 95 || code === 58 || code > 127;
}
function isNameStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code === 58 || code > 127;
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
var Scanner = class {
  constructor(text3) {
    this.text = text3;
  }
  problems = [];
  top = [];
  stack = [];
  declaration;
  doctype;
  pos = 0;
  run() {
    const text3 = this.text;
    while (this.pos < text3.length) {
      const lt = text3.indexOf("<", this.pos);
      const textEnd = lt < 0 ? text3.length : lt;
      if (textEnd > this.pos) this.addText(this.pos, textEnd);
      if (lt < 0) break;
      this.pos = lt;
      this.scanMarkup();
    }
    for (const open of this.stack) {
      open.end = text3.length;
      this.problem("xml-unclosed-tag", `<${open.name}> is never closed. Add </${open.name}>.`, open.nameRange);
    }
  }
  problem(code, message, range2) {
    this.problems.push({ code, message, range: range2 });
  }
  get parent() {
    return this.stack[this.stack.length - 1];
  }
  append(node) {
    const parent = this.parent;
    if (parent) parent.children.push(node);
    else this.top.push(node);
  }
  addText(start, end) {
    if (this.isBlank(start, end)) return;
    const raw = this.text.slice(start, end);
    for (const problem of scanEntityProblems(raw, start)) this.problems.push(problem);
    this.append({ type: "text", value: decodeText(raw), start, end, cdata: false, parent: this.parent });
  }
  isBlank(start, end) {
    for (let i = start; i < end; i++) if (!isSpace(this.text.charCodeAt(i))) return false;
    return true;
  }
  scanMarkup() {
    const text3 = this.text;
    const next = text3.charCodeAt(this.pos + 1);
    if (next === QMARK) return this.scanProcessingInstruction();
    if (next === BANG) {
      if (text3.startsWith("<!--", this.pos)) return this.scanDelimited("<!--", "-->", "comment");
      if (text3.startsWith("<![CDATA[", this.pos)) return this.scanDelimited("<![CDATA[", "]]>", "cdata");
      if (text3.startsWith("<!DOCTYPE", this.pos)) return this.scanDoctype();
    }
    if (next === SLASH) return this.scanEndTag();
    if (isNameStart(next)) return this.scanStartTag();
    this.problem("xml-unescaped-lt", 'A bare "<" in text breaks the XML. Write &lt; instead.', {
      start: this.pos,
      end: this.pos + 1
    });
    this.addText(this.pos, this.pos + 1);
    this.pos += 1;
  }
  scanProcessingInstruction() {
    const start = this.pos;
    const isDeclaration = /^<\?xml[\s?]/.test(this.text.slice(start, start + 6));
    let close = this.text.indexOf("?>", start + 2);
    const nextTag = isDeclaration ? this.text.indexOf("<", start + 2) : -1;
    if (nextTag >= 0 && (close < 0 || nextTag < close)) close = -1;
    const end = close >= 0 ? close + 2 : this.unclosedEnd(start, nextTag);
    if (isDeclaration) {
      if (start !== 0 && !(start === 1 && this.text.charCodeAt(0) === 65279)) {
        this.problem(
          "xml-declaration-position",
          'The XML declaration must be the very first thing in the document: remove the whitespace or text before "<?xml".',
          { start, end: start + 5 }
        );
      } else this.declaration = { start, end };
    }
    if (close < 0) {
      const what = isDeclaration ? "The XML declaration" : "Processing instruction";
      this.problem("xml-unclosed-markup", `${what} is not closed with "?>".`, {
        start,
        end: start + (isDeclaration ? 5 : 2)
      });
    }
    this.pos = end;
  }
  /** End of an unclosed declaration: after a ">" before the next tag, else at the next tag; else the text end. */
  unclosedEnd(start, nextTag) {
    if (nextTag < 0) return this.text.length;
    const gt = this.text.indexOf(">", start + 2);
    return gt >= 0 && gt < nextTag ? gt + 1 : nextTag;
  }
  scanDelimited(open, close, kind) {
    const start = this.pos;
    const closeAt = this.text.indexOf(close, start + open.length);
    const end = closeAt < 0 ? this.text.length : closeAt + close.length;
    const value = this.text.slice(start + open.length, closeAt < 0 ? this.text.length : closeAt);
    if (closeAt < 0) {
      const what = kind === "comment" ? "Comment" : "CDATA section";
      this.problem("xml-unclosed-markup", `${what} is never closed: add "${close}".`, {
        start,
        end: start + open.length
      });
    }
    if (kind === "comment") this.append({ type: "comment", value, start, end, parent: this.parent });
    else this.append({ type: "text", value, start, end, cdata: true, parent: this.parent });
    this.pos = end;
  }
  scanDoctype() {
    const start = this.pos;
    const text3 = this.text;
    let i = start + 9, inSubset = false;
    for (; i < text3.length; i++) {
      const code = text3.charCodeAt(i);
      if (code === 91) inSubset = true;
      else if (code === 93) inSubset = false;
      else if (code === GT && !inSubset) break;
    }
    const end = Math.min(i + 1, text3.length);
    const body = text3.slice(start, end);
    this.doctype = {
      range: { start, end },
      declaresEntities: /<!ENTITY/.test(body),
      hasExternalId: /\b(SYSTEM|PUBLIC)\b/.test(body)
    };
    this.pos = end;
  }
  scanName(from) {
    let i = from;
    while (i < this.text.length && isNameChar(this.text.charCodeAt(i))) i++;
    return i;
  }
  scanEndTag() {
    const start = this.pos;
    const nameEnd = this.scanName(start + 2);
    const name = this.text.slice(start + 2, nameEnd);
    let stop = nameEnd;
    while (stop < this.text.length && this.text.charCodeAt(stop) !== GT && this.text.charCodeAt(stop) !== LT) stop++;
    const unterminated = stop >= this.text.length || this.text.charCodeAt(stop) === LT;
    const end = unterminated ? nameEnd : stop + 1;
    const nameRange = { start: start + 2, end: nameEnd };
    if (unterminated) this.problem("xml-unclosed-tag", `End tag </${name}> is missing its ">".`, nameRange);
    this.pos = end;
    this.closeElement(name, nameRange, end);
  }
  /** Matches an end tag against the open elements, recovering from mismatches like a browser would. */
  closeElement(name, nameRange, end) {
    let depth = this.stack.length - 1;
    while (depth >= 0 && this.stack[depth].name !== name) depth--;
    if (depth < 0) {
      const open = this.parent;
      const message = open ? `</${name}> does not match the open <${open.name}>. Close <${open.name}> first or fix the name.` : `</${name}> has no matching start tag. Remove it.`;
      this.problem("xml-mismatched-tag", message, nameRange);
      return;
    }
    while (this.stack.length - 1 > depth) {
      const unclosed = this.stack.pop();
      unclosed.end = nameRange.start - 2;
      this.problem(
        "xml-unclosed-tag",
        `<${unclosed.name}> is not closed before </${name}>. Add </${unclosed.name}>.`,
        unclosed.nameRange
      );
    }
    const element = this.stack.pop();
    element.end = end;
    element.endTagNameRange = nameRange;
    element.closed = true;
  }
  scanStartTag() {
    const start = this.pos;
    const nameEnd = this.scanName(start + 1);
    const element = {
      type: "element",
      name: this.text.slice(start + 1, nameEnd),
      start,
      startTagEnd: nameEnd,
      end: nameEnd,
      nameRange: { start: start + 1, end: nameEnd },
      endTagNameRange: void 0,
      selfClosing: false,
      closed: false,
      attributes: [],
      children: [],
      parent: this.parent
    };
    this.append(element);
    this.pos = nameEnd;
    const terminated = this.scanAttributes(element);
    element.startTagEnd = this.pos;
    if (!terminated) {
      this.problem("xml-unclosed-tag", `Start tag <${element.name}> is missing its ">".`, element.nameRange);
    }
    if (element.selfClosing) {
      element.end = this.pos;
      element.closed = true;
    } else this.stack.push(element);
  }
  /** Reads attributes up to `>` or `/>`. Returns false when the tag is cut off by `<` or the end. */
  scanAttributes(element) {
    const text3 = this.text;
    while (this.pos < text3.length) {
      const code = text3.charCodeAt(this.pos);
      if (isSpace(code)) {
        this.pos++;
        continue;
      }
      if (code === GT) {
        this.pos++;
        return true;
      }
      if (code === SLASH && text3.charCodeAt(this.pos + 1) === GT) {
        element.selfClosing = true;
        this.pos += 2;
        return true;
      }
      if (code === LT) return false;
      if (!isNameStart(code)) {
        this.problem("xml-invalid-character", `Unexpected "${text3[this.pos]}" in <${element.name}>.`, {
          start: this.pos,
          end: this.pos + 1
        });
        this.pos++;
        continue;
      }
      this.scanAttribute(element);
    }
    return false;
  }
  scanAttribute(element) {
    const text3 = this.text;
    const nameStart = this.pos;
    const nameEnd = this.scanName(nameStart);
    const attribute = {
      name: text3.slice(nameStart, nameEnd),
      nameRange: { start: nameStart, end: nameEnd },
      value: void 0,
      valueRange: void 0,
      quote: ""
    };
    this.pos = nameEnd;
    while (this.pos < text3.length && isSpace(text3.charCodeAt(this.pos))) this.pos++;
    if (text3.charCodeAt(this.pos) === EQ) {
      this.pos++;
      while (this.pos < text3.length && isSpace(text3.charCodeAt(this.pos))) this.pos++;
      this.scanAttributeValue(attribute);
    } else {
      this.problem(
        "xml-attribute-without-value",
        `Attribute "${attribute.name}" needs a value: ${attribute.name}="...".`,
        attribute.nameRange
      );
    }
    if (this.isDuplicateAttribute(element, attribute.name)) {
      this.problem(
        "xml-duplicate-attribute",
        `Attribute "${attribute.name}" is set twice on <${element.name}>. Keep one.`,
        attribute.nameRange
      );
    }
    element.attributes.push(attribute);
  }
  /** Names of the attributes seen so far on a tag with many of them (see isDuplicateAttribute). */
  manyAttributes;
  /**
   * Whether `element` already has an attribute `name`. A linear search for the usual handful;
   * a set once a tag has many, because thousands of attributes on one tag made it quadratic.
   */
  isDuplicateAttribute(element, name) {
    const attributes = element.attributes;
    if (attributes.length < 16) return attributes.some((other) => other.name === name);
    if (this.manyAttributes?.element !== element)
      this.manyAttributes = { element, names: new Set(attributes.map((other) => other.name)) };
    const names2 = this.manyAttributes.names;
    if (names2.has(name)) return true;
    names2.add(name);
    return false;
  }
  scanAttributeValue(attribute) {
    const text3 = this.text;
    const quote = text3.charCodeAt(this.pos);
    if (quote === QUOTE || quote === APOS) {
      const valueStart = this.pos + 1;
      let close = valueStart;
      while (close < text3.length && text3.charCodeAt(close) !== quote && text3.charCodeAt(close) !== LT) close++;
      if (close >= text3.length || text3.charCodeAt(close) === LT) {
        const valueEnd = close;
        this.problem(
          "xml-unclosed-attribute-value",
          `The value of "${attribute.name}" has no closing quote.`,
          attribute.nameRange
        );
        this.setValue(attribute, valueStart, valueEnd, quote === QUOTE ? '"' : "'");
        this.pos = valueEnd;
        return;
      }
      this.setValue(attribute, valueStart, close, quote === QUOTE ? '"' : "'");
      this.pos = close + 1;
      return;
    }
    let end = this.pos;
    while (end < text3.length && !isSpace(text3.charCodeAt(end)) && text3.charCodeAt(end) !== GT && text3.charCodeAt(end) !== LT && !(text3.charCodeAt(end) === SLASH && text3.charCodeAt(end + 1) === GT))
      end++;
    this.setValue(attribute, this.pos, end, "");
    this.problem(
      "xml-unquoted-attribute",
      `Quote the value of "${attribute.name}": ${attribute.name}="${text3.slice(this.pos, end)}".`,
      { start: this.pos, end: Math.max(end, this.pos + 1) }
    );
    this.pos = end;
  }
  setValue(attribute, start, end, quote) {
    const raw = this.text.slice(start, end);
    for (const problem of scanEntityProblems(raw, start)) this.problems.push(problem);
    if (raw.includes("<"))
      this.problem("xml-unescaped-lt", 'A "<" inside an attribute value breaks the XML. Write &lt;.', { start, end });
    attribute.value = decodeText(raw);
    attribute.valueRange = { start, end };
    attribute.quote = quote;
  }
};
function scanXml(text3) {
  const scanner = new Scanner(text3);
  scanner.run();
  return {
    text: text3,
    children: scanner.top,
    problems: scanner.problems,
    declaration: scanner.declaration,
    doctype: scanner.doctype
  };
}

// server/src/parser/xmldomJudge.ts
var import_xmldom = __toESM(require_lib());
function judgeWithXmldom(text3) {
  const findings = [];
  const parser = new import_xmldom.DOMParser({
    locator: true,
    onError(level, message, context) {
      if (level === "warning") return;
      const locator = context?.locator;
      findings.push({
        level,
        message: cleanMessage(message),
        line: locator?.lineNumber ?? 0,
        column: locator?.columnNumber ?? 0
      });
    }
  });
  try {
    parser.parseFromString(text3, "text/xml");
  } catch {
  }
  return dedupe(findings);
}
function cleanMessage(message) {
  return message.replace(/^\[xmldom [a-zA-Z]+\]\s*/, "").replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, "").trim();
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function unexplainedFindings(findings, scannerProblems, lineStarts) {
  if (scannerProblems.length > 0) return [];
  const result = [];
  for (const finding of findings) {
    if (/missing root element|Only one element/.test(finding.message)) continue;
    const line = Math.min(Math.max(0, finding.line - 1), lineStarts.length - 1);
    const start = lineStarts[line] + Math.max(0, finding.column - 1);
    result.push({
      code: "xml-not-well-formed",
      message: `XML is not well-formed: ${finding.message}.`,
      range: { start, end: start + 1 }
    });
  }
  return result;
}
function computeLineStarts(text3) {
  const starts = [0];
  let at = text3.indexOf("\n");
  while (at >= 0) {
    starts.push(at + 1);
    at = text3.indexOf("\n", at + 1);
  }
  return starts;
}
function lineOf(offset, lineStarts) {
  let low = 0, high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

// server/src/parser/parseXml.ts
var BOM = 65279;
function parseXml(text3, options = {}) {
  const doc = scanXml(text3);
  flagTopLevelText(doc);
  if (!options.skipXmldom && doc.problems.length === 0) {
    const bom = text3.charCodeAt(0) === BOM ? 1 : 0;
    const judged = bom ? text3.slice(1) : text3;
    const findings = judgeWithXmldom(judged);
    if (findings.length > 0) {
      for (const problem of unexplainedFindings(findings, doc.problems, computeLineStarts(judged))) {
        doc.problems.push({ ...problem, range: { start: problem.range.start + bom, end: problem.range.end + bom } });
      }
    }
  }
  doc.problems.sort((a, b) => a.range.start - b.range.start);
  return doc;
}
function flagTopLevelText(doc) {
  let seenElement = false;
  for (const node of doc.children) {
    if (node.type === "element") seenElement = true;
    if (node.type !== "text" || /^\s*$/.test(node.value)) continue;
    const lead = node.value.length - node.value.trimStart().length;
    const start = node.start + lead;
    const end = Math.min(node.end, start + node.value.trim().length);
    doc.problems.push({
      code: seenElement ? "xml-content-after-root" : "xml-content-before-root",
      message: seenElement ? "Text after the closing </Response> is not allowed. Remove it or move it inside a verb." : "Text before the root element is not allowed. Remove it.",
      range: { start, end }
    });
  }
}

// server/src/parser/xmlModel.ts
function rootElements(doc) {
  return doc.children.filter((node) => node.type === "element");
}
function childElements(element) {
  return element.children.filter((node) => node.type === "element");
}
function attributeNamed(element, name) {
  return element.attributes.find((attribute) => attribute.name === name);
}
function directText(element) {
  let text3 = "";
  for (const child of element.children) if (child.type === "text") text3 += child.value;
  return text3;
}

// server/src/analysis/dialect.ts
var OVERRIDE = /^\s*twiml\s*:\s*(voice|messaging)\s*$/i;
function chooseDialect(doc, setting) {
  const fromComment = commentOverride(doc);
  if (fromComment) return { dialect: fromComment, source: "comment" };
  if (setting !== "auto") return { dialect: setting, source: "setting" };
  return detectDialect(doc);
}
function commentOverride(doc) {
  const candidates = [...doc.children];
  const root = doc.children.find((node) => node.type === "element");
  if (root) candidates.push(...root.children.slice(0, 8));
  for (const node of candidates) {
    if (node.type !== "comment") continue;
    const match = OVERRIDE.exec(node.value);
    if (match) return match[1].toLowerCase();
  }
  return void 0;
}
function detectDialect(doc) {
  const root = doc.children.find((node) => node.type === "element");
  const top = root ? tally(root.children, false) : void 0;
  const counts = top && (top.voice.length || top.messaging.length) ? top : tally(doc.children, true);
  const { voice, messaging } = counts;
  if (voice.length === 0 && messaging.length === 0) return { dialect: "messaging", source: "default" };
  const dialect = voice.length >= messaging.length ? "voice" : "messaging";
  const evidence = [...new Set(dialect === "voice" ? voice : messaging)].slice(0, 3);
  return { dialect, source: "detected", evidence };
}
function tally(nodes, descend) {
  const voice = [], messaging = [];
  const stack = [...nodes].reverse();
  let visited = 0;
  while (stack.length > 0 && visited < 5e3) {
    const node = stack.pop();
    if (node.type !== "element") continue;
    if (descend) visited++;
    const name = canonicalCase(node.name);
    if (isVoiceOnlyVerb(name)) voice.push(node.name);
    else if (isMessagingOnlyVerb(name)) messaging.push(node.name);
    if (descend) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return { voice, messaging };
}
function canonicalCase(name) {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}

// server/src/data/requests.ts
var VOICE_VERB_REQUESTS = {
  Redirect: [{ urlFrom: { kind: "text" }, methodAttribute: "method", defaultMethod: "POST", purpose: "document" }],
  Gather: [
    {
      urlFrom: { kind: "attribute", name: "action" },
      defaultsToCurrentDocument: true,
      methodAttribute: "method",
      defaultMethod: "POST",
      purpose: "document"
    }
  ],
  Record: [
    {
      urlFrom: { kind: "attribute", name: "action" },
      defaultsToCurrentDocument: true,
      methodAttribute: "method",
      defaultMethod: "POST",
      purpose: "document"
    },
    {
      urlFrom: { kind: "attribute", name: "recordingStatusCallback" },
      methodAttribute: "recordingStatusCallbackMethod",
      defaultMethod: "POST",
      purpose: "status"
    },
    { urlFrom: { kind: "attribute", name: "transcribeCallback" }, defaultMethod: "POST", purpose: "status" }
  ],
  Dial: [
    {
      urlFrom: { kind: "attribute", name: "action" },
      methodAttribute: "method",
      defaultMethod: "POST",
      purpose: "document"
    }
  ],
  ...Object.fromEntries(
    ["Number", "Client", "Sip"].map((noun) => [
      noun,
      [
        {
          urlFrom: { kind: "attribute", name: "url" },
          methodAttribute: "method",
          defaultMethod: "POST",
          purpose: "callee-document"
        },
        {
          urlFrom: { kind: "attribute", name: "statusCallback" },
          methodAttribute: "statusCallbackMethod",
          defaultMethod: "POST",
          purpose: "status"
        }
      ]
    ])
  )
};

// server/src/analysis/placeholders.ts
var PLACEHOLDER_BASE = 57344;
var PLACEHOLDER_COUNT = 6400;
function isPlaceholderCode(code) {
  return code >= PLACEHOLDER_BASE && code < PLACEHOLDER_BASE + PLACEHOLDER_COUNT;
}
function hasPlaceholder(text3) {
  for (let i = 0; i < text3.length; i++) if (isPlaceholderCode(text3.charCodeAt(i))) return true;
  return false;
}
function withoutPlaceholders(text3) {
  return hasPlaceholder(text3) ? text3.replace(/[\ue000-\uf8ff]/g, "") : text3;
}

// server/src/analysis/templateContext.ts
function isTemplated(template, text3) {
  return template !== void 0 && text3 !== void 0 && hasPlaceholder(text3);
}
function isOnlyPlaceholders(template, text3) {
  if (!template) return false;
  let any = false;
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (isPlaceholderCode(code)) any = true;
    else if (!(code === 32 || code === 9 || code === 10 || code === 13)) return false;
  }
  return any;
}
function blocksAt(template, offset) {
  if (!template) return [];
  return template.blocks.filter((block) => block.start <= offset && offset < block.end);
}
function inLoop(template, offset) {
  return blocksAt(template, offset).some((block) => block.kind === "loop");
}
function sameTemplatePath(template, from, to) {
  if (!template || template.blocks.length === 0) return true;
  return blocksAt(template, from).every((block) => block.start <= to && to < block.end);
}

// server/src/analysis/interpreter.ts
function interpretFlow(root, specOf, template) {
  const result = { transfers: /* @__PURE__ */ new Map(), unreachable: /* @__PURE__ */ new Map() };
  if (!root) return result;
  const taken = [];
  for (const child of root.children) {
    if (child.type !== "element") continue;
    const takenBy = taken.find((transfer2) => sameTemplatePath(template, transfer2.verb.start, child.start));
    if (takenBy) {
      result.unreachable.set(child, takenBy);
      continue;
    }
    const transfer = transferOf(child, specOf(child));
    if (transfer) {
      result.transfers.set(child, transfer);
      if (!transfer.fallsThrough) taken.push(transfer);
    }
  }
  return result;
}
function transferOf(verb, spec) {
  const flow = spec?.flow;
  if (!flow || flow.kind === "continue") return void 0;
  if (flow.kind === "transfer") return { verb, url: urlOf(verb), reason: flow.reason };
  if (flow.kind === "transferOnInput") return { verb, url: urlOf(verb), reason: flow.reason, fallsThrough: true };
  const attribute = attributeNamed(verb, flow.attribute);
  if (!attribute) return void 0;
  if (flow.value !== void 0 && (attribute.value ?? "").trim().toLowerCase() !== flow.value.toLowerCase())
    return void 0;
  return { verb, url: urlOf(verb), reason: flow.reason };
}
function urlOf(verb) {
  const action = attributeNamed(verb, "action")?.value;
  if (action) return action.trim();
  if (verb.name === "Redirect") {
    const text3 = verb.children.map((child) => child.type === "text" ? child.value : "").join("").trim();
    return text3 || void 0;
  }
  return void 0;
}

// server/src/analysis/twimlDocument.ts
function analyzeTwiml(text3, dialectSetting = "auto", template) {
  return analyzeXml(parseXml(text3), dialectSetting, template);
}
function analyzeXml(xml, dialectSetting = "auto", template) {
  const dialect = chooseDialect(xml, dialectSetting);
  const root = rootElements(xml)[0];
  const elements = elementsInOrder(xml.children);
  const resolved = /* @__PURE__ */ new Map();
  for (const element of elements) resolved.set(element, resolveElement(element, dialect.dialect, resolved));
  const flow = interpretFlow(root, (element) => resolved.get(element)?.spec, template);
  let lineStarts;
  const lineAt = template?.hostLineAt ?? ((offset) => lineOf(offset, lineStarts ??= computeLineStarts(xml.text)));
  return { xml, dialect, root, elements, resolved, flow, template, lineAt };
}
function elementsInOrder(nodes) {
  const out = [];
  const stack = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type !== "element") continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}
function effectiveName(element, resolved) {
  return resolved.get(element)?.correctName ?? element.name;
}
var EXACT = /* @__PURE__ */ new WeakMap();
function exactMatch(spec) {
  let resolved = EXACT.get(spec);
  if (!resolved) EXACT.set(spec, resolved = Object.freeze({ spec, correctName: void 0, otherDialect: void 0 }));
  return resolved;
}
function resolveElement(element, dialect, resolved) {
  const parentName = element.parent ? effectiveName(element.parent, resolved) : void 0;
  const exact = findElement(dialect, parentName, element.name);
  if (exact) return exactMatch(exact);
  const other = dialect === "voice" ? "messaging" : "voice";
  const inOther = findElement(other, parentName, element.name);
  if (inOther) return { spec: inOther, correctName: void 0, otherDialect: other };
  const correctName = caseInsensitiveElement(dialect, element.name) ?? caseInsensitiveElement(other, element.name);
  if (!correctName) return { spec: void 0, correctName: void 0, otherDialect: void 0 };
  const spec = findElement(dialect, parentName, correctName);
  if (spec) return { spec, correctName, otherDialect: void 0 };
  return { spec: findElement(other, parentName, correctName), correctName, otherDialect: other };
}

// node_modules/vscode-languageserver-types/lib/esm/main.js
var DocumentUri;
(function(DocumentUri2) {
  function is(value) {
    return typeof value === "string";
  }
  DocumentUri2.is = is;
})(DocumentUri || (DocumentUri = {}));
var URI;
(function(URI2) {
  function is(value) {
    return typeof value === "string";
  }
  URI2.is = is;
})(URI || (URI = {}));
var integer2;
(function(integer3) {
  integer3.MIN_VALUE = -2147483648;
  integer3.MAX_VALUE = 2147483647;
  function is(value) {
    return typeof value === "number" && integer3.MIN_VALUE <= value && value <= integer3.MAX_VALUE;
  }
  integer3.is = is;
})(integer2 || (integer2 = {}));
var uinteger;
(function(uinteger2) {
  uinteger2.MIN_VALUE = 0;
  uinteger2.MAX_VALUE = 2147483647;
  function is(value) {
    return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
  }
  uinteger2.is = is;
})(uinteger || (uinteger = {}));
var Position;
(function(Position2) {
  function create(line, character) {
    if (line === Number.MAX_VALUE) {
      line = uinteger.MAX_VALUE;
    }
    if (character === Number.MAX_VALUE) {
      character = uinteger.MAX_VALUE;
    }
    return { line, character };
  }
  Position2.create = create;
  function is(value) {
    let candidate = value;
    return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
  }
  Position2.is = is;
})(Position || (Position = {}));
var Range;
(function(Range2) {
  function create(one, two, three, four) {
    if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
      return { start: Position.create(one, two), end: Position.create(three, four) };
    } else if (Position.is(one) && Position.is(two)) {
      return { start: one, end: two };
    } else {
      throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
    }
  }
  Range2.create = create;
  function is(value) {
    let candidate = value;
    return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
  }
  Range2.is = is;
})(Range || (Range = {}));
var Location;
(function(Location2) {
  function create(uri, range2) {
    return { uri, range: range2 };
  }
  Location2.create = create;
  function is(value) {
    let candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
  }
  Location2.is = is;
})(Location || (Location = {}));
var LocationLink;
(function(LocationLink2) {
  function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
    return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
  }
  LocationLink2.create = create;
  function is(value) {
    let candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
  }
  LocationLink2.is = is;
})(LocationLink || (LocationLink = {}));
var Color;
(function(Color2) {
  function create(red, green, blue, alpha) {
    return {
      red,
      green,
      blue,
      alpha
    };
  }
  Color2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
  }
  Color2.is = is;
})(Color || (Color = {}));
var ColorInformation;
(function(ColorInformation2) {
  function create(range2, color) {
    return {
      range: range2,
      color
    };
  }
  ColorInformation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
  }
  ColorInformation2.is = is;
})(ColorInformation || (ColorInformation = {}));
var ColorPresentation;
(function(ColorPresentation2) {
  function create(label, textEdit, additionalTextEdits) {
    return {
      label,
      textEdit,
      additionalTextEdits
    };
  }
  ColorPresentation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
  }
  ColorPresentation2.is = is;
})(ColorPresentation || (ColorPresentation = {}));
var FoldingRangeKind;
(function(FoldingRangeKind2) {
  FoldingRangeKind2.Comment = "comment";
  FoldingRangeKind2.Imports = "imports";
  FoldingRangeKind2.Region = "region";
})(FoldingRangeKind || (FoldingRangeKind = {}));
var FoldingRange;
(function(FoldingRange2) {
  function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
    const result = {
      startLine,
      endLine
    };
    if (Is.defined(startCharacter)) {
      result.startCharacter = startCharacter;
    }
    if (Is.defined(endCharacter)) {
      result.endCharacter = endCharacter;
    }
    if (Is.defined(kind)) {
      result.kind = kind;
    }
    if (Is.defined(collapsedText)) {
      result.collapsedText = collapsedText;
    }
    return result;
  }
  FoldingRange2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.startLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
  }
  FoldingRange2.is = is;
})(FoldingRange || (FoldingRange = {}));
var DiagnosticRelatedInformation;
(function(DiagnosticRelatedInformation2) {
  function create(location, message) {
    return {
      location,
      message
    };
  }
  DiagnosticRelatedInformation2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
  }
  DiagnosticRelatedInformation2.is = is;
})(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
var DiagnosticSeverity;
(function(DiagnosticSeverity2) {
  DiagnosticSeverity2.Error = 1;
  DiagnosticSeverity2.Warning = 2;
  DiagnosticSeverity2.Information = 3;
  DiagnosticSeverity2.Hint = 4;
})(DiagnosticSeverity || (DiagnosticSeverity = {}));
var DiagnosticTag;
(function(DiagnosticTag2) {
  DiagnosticTag2.Unnecessary = 1;
  DiagnosticTag2.Deprecated = 2;
})(DiagnosticTag || (DiagnosticTag = {}));
var CodeDescription;
(function(CodeDescription2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.href);
  }
  CodeDescription2.is = is;
})(CodeDescription || (CodeDescription = {}));
var Diagnostic;
(function(Diagnostic2) {
  function create(range2, message, severity, code, source, relatedInformation) {
    let result = { range: range2, message };
    if (Is.defined(severity)) {
      result.severity = severity;
    }
    if (Is.defined(code)) {
      result.code = code;
    }
    if (Is.defined(source)) {
      result.source = source;
    }
    if (Is.defined(relatedInformation)) {
      result.relatedInformation = relatedInformation;
    }
    return result;
  }
  Diagnostic2.create = create;
  function is(value) {
    var _a;
    let candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && Is.string(candidate.message) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
  }
  Diagnostic2.is = is;
})(Diagnostic || (Diagnostic = {}));
var Command;
(function(Command2) {
  function create(title, command, ...args) {
    let result = { title, command };
    if (Is.defined(args) && args.length > 0) {
      result.arguments = args;
    }
    return result;
  }
  Command2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.title) && Is.string(candidate.command);
  }
  Command2.is = is;
})(Command || (Command = {}));
var TextEdit;
(function(TextEdit2) {
  function replace(range2, newText) {
    return { range: range2, newText };
  }
  TextEdit2.replace = replace;
  function insert(position, newText) {
    return { range: { start: position, end: position }, newText };
  }
  TextEdit2.insert = insert;
  function del(range2) {
    return { range: range2, newText: "" };
  }
  TextEdit2.del = del;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
  }
  TextEdit2.is = is;
})(TextEdit || (TextEdit = {}));
var ChangeAnnotation;
(function(ChangeAnnotation2) {
  function create(label, needsConfirmation, description) {
    const result = { label };
    if (needsConfirmation !== void 0) {
      result.needsConfirmation = needsConfirmation;
    }
    if (description !== void 0) {
      result.description = description;
    }
    return result;
  }
  ChangeAnnotation2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
  }
  ChangeAnnotation2.is = is;
})(ChangeAnnotation || (ChangeAnnotation = {}));
var ChangeAnnotationIdentifier;
(function(ChangeAnnotationIdentifier2) {
  function is(value) {
    const candidate = value;
    return Is.string(candidate);
  }
  ChangeAnnotationIdentifier2.is = is;
})(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
var AnnotatedTextEdit;
(function(AnnotatedTextEdit2) {
  function replace(range2, newText, annotation) {
    return { range: range2, newText, annotationId: annotation };
  }
  AnnotatedTextEdit2.replace = replace;
  function insert(position, newText, annotation) {
    return { range: { start: position, end: position }, newText, annotationId: annotation };
  }
  AnnotatedTextEdit2.insert = insert;
  function del(range2, annotation) {
    return { range: range2, newText: "", annotationId: annotation };
  }
  AnnotatedTextEdit2.del = del;
  function is(value) {
    const candidate = value;
    return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  AnnotatedTextEdit2.is = is;
})(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
var TextDocumentEdit;
(function(TextDocumentEdit2) {
  function create(textDocument, edits) {
    return { textDocument, edits };
  }
  TextDocumentEdit2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
  }
  TextDocumentEdit2.is = is;
})(TextDocumentEdit || (TextDocumentEdit = {}));
var CreateFile;
(function(CreateFile2) {
  function create(uri, options, annotation) {
    let result = {
      kind: "create",
      uri
    };
    if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  CreateFile2.create = create;
  function is(value) {
    let candidate = value;
    return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  CreateFile2.is = is;
})(CreateFile || (CreateFile = {}));
var RenameFile;
(function(RenameFile2) {
  function create(oldUri, newUri, options, annotation) {
    let result = {
      kind: "rename",
      oldUri,
      newUri
    };
    if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  RenameFile2.create = create;
  function is(value) {
    let candidate = value;
    return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  RenameFile2.is = is;
})(RenameFile || (RenameFile = {}));
var DeleteFile;
(function(DeleteFile2) {
  function create(uri, options, annotation) {
    let result = {
      kind: "delete",
      uri
    };
    if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
      result.options = options;
    }
    if (annotation !== void 0) {
      result.annotationId = annotation;
    }
    return result;
  }
  DeleteFile2.create = create;
  function is(value) {
    let candidate = value;
    return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
  }
  DeleteFile2.is = is;
})(DeleteFile || (DeleteFile = {}));
var WorkspaceEdit;
(function(WorkspaceEdit2) {
  function is(value) {
    let candidate = value;
    return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
      if (Is.string(change.kind)) {
        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
      } else {
        return TextDocumentEdit.is(change);
      }
    }));
  }
  WorkspaceEdit2.is = is;
})(WorkspaceEdit || (WorkspaceEdit = {}));
var TextDocumentIdentifier;
(function(TextDocumentIdentifier2) {
  function create(uri) {
    return { uri };
  }
  TextDocumentIdentifier2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri);
  }
  TextDocumentIdentifier2.is = is;
})(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
var VersionedTextDocumentIdentifier;
(function(VersionedTextDocumentIdentifier2) {
  function create(uri, version) {
    return { uri, version };
  }
  VersionedTextDocumentIdentifier2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
  }
  VersionedTextDocumentIdentifier2.is = is;
})(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
var OptionalVersionedTextDocumentIdentifier;
(function(OptionalVersionedTextDocumentIdentifier2) {
  function create(uri, version) {
    return { uri, version };
  }
  OptionalVersionedTextDocumentIdentifier2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
  }
  OptionalVersionedTextDocumentIdentifier2.is = is;
})(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
var TextDocumentItem;
(function(TextDocumentItem2) {
  function create(uri, languageId, version, text3) {
    return { uri, languageId, version, text: text3 };
  }
  TextDocumentItem2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
  }
  TextDocumentItem2.is = is;
})(TextDocumentItem || (TextDocumentItem = {}));
var MarkupKind;
(function(MarkupKind2) {
  MarkupKind2.PlainText = "plaintext";
  MarkupKind2.Markdown = "markdown";
  function is(value) {
    const candidate = value;
    return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
  }
  MarkupKind2.is = is;
})(MarkupKind || (MarkupKind = {}));
var MarkupContent;
(function(MarkupContent2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
  }
  MarkupContent2.is = is;
})(MarkupContent || (MarkupContent = {}));
var CompletionItemKind;
(function(CompletionItemKind2) {
  CompletionItemKind2.Text = 1;
  CompletionItemKind2.Method = 2;
  CompletionItemKind2.Function = 3;
  CompletionItemKind2.Constructor = 4;
  CompletionItemKind2.Field = 5;
  CompletionItemKind2.Variable = 6;
  CompletionItemKind2.Class = 7;
  CompletionItemKind2.Interface = 8;
  CompletionItemKind2.Module = 9;
  CompletionItemKind2.Property = 10;
  CompletionItemKind2.Unit = 11;
  CompletionItemKind2.Value = 12;
  CompletionItemKind2.Enum = 13;
  CompletionItemKind2.Keyword = 14;
  CompletionItemKind2.Snippet = 15;
  CompletionItemKind2.Color = 16;
  CompletionItemKind2.File = 17;
  CompletionItemKind2.Reference = 18;
  CompletionItemKind2.Folder = 19;
  CompletionItemKind2.EnumMember = 20;
  CompletionItemKind2.Constant = 21;
  CompletionItemKind2.Struct = 22;
  CompletionItemKind2.Event = 23;
  CompletionItemKind2.Operator = 24;
  CompletionItemKind2.TypeParameter = 25;
})(CompletionItemKind || (CompletionItemKind = {}));
var InsertTextFormat;
(function(InsertTextFormat2) {
  InsertTextFormat2.PlainText = 1;
  InsertTextFormat2.Snippet = 2;
})(InsertTextFormat || (InsertTextFormat = {}));
var CompletionItemTag;
(function(CompletionItemTag2) {
  CompletionItemTag2.Deprecated = 1;
})(CompletionItemTag || (CompletionItemTag = {}));
var InsertReplaceEdit;
(function(InsertReplaceEdit2) {
  function create(newText, insert, replace) {
    return { newText, insert, replace };
  }
  InsertReplaceEdit2.create = create;
  function is(value) {
    const candidate = value;
    return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
  }
  InsertReplaceEdit2.is = is;
})(InsertReplaceEdit || (InsertReplaceEdit = {}));
var InsertTextMode;
(function(InsertTextMode2) {
  InsertTextMode2.asIs = 1;
  InsertTextMode2.adjustIndentation = 2;
})(InsertTextMode || (InsertTextMode = {}));
var CompletionItemLabelDetails;
(function(CompletionItemLabelDetails2) {
  function is(value) {
    const candidate = value;
    return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
  }
  CompletionItemLabelDetails2.is = is;
})(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
var CompletionItem;
(function(CompletionItem2) {
  function create(label) {
    return { label };
  }
  CompletionItem2.create = create;
})(CompletionItem || (CompletionItem = {}));
var CompletionList;
(function(CompletionList2) {
  function create(items, isIncomplete) {
    return { items: items ? items : [], isIncomplete: !!isIncomplete };
  }
  CompletionList2.create = create;
})(CompletionList || (CompletionList = {}));
var MarkedString;
(function(MarkedString2) {
  function fromPlainText(plainText) {
    return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
  }
  MarkedString2.fromPlainText = fromPlainText;
  function is(value) {
    const candidate = value;
    return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
  }
  MarkedString2.is = is;
})(MarkedString || (MarkedString = {}));
var Hover;
(function(Hover2) {
  function is(value) {
    let candidate = value;
    return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
  }
  Hover2.is = is;
})(Hover || (Hover = {}));
var ParameterInformation;
(function(ParameterInformation2) {
  function create(label, documentation) {
    return documentation ? { label, documentation } : { label };
  }
  ParameterInformation2.create = create;
})(ParameterInformation || (ParameterInformation = {}));
var SignatureInformation;
(function(SignatureInformation2) {
  function create(label, documentation, ...parameters) {
    let result = { label };
    if (Is.defined(documentation)) {
      result.documentation = documentation;
    }
    if (Is.defined(parameters)) {
      result.parameters = parameters;
    } else {
      result.parameters = [];
    }
    return result;
  }
  SignatureInformation2.create = create;
})(SignatureInformation || (SignatureInformation = {}));
var DocumentHighlightKind;
(function(DocumentHighlightKind2) {
  DocumentHighlightKind2.Text = 1;
  DocumentHighlightKind2.Read = 2;
  DocumentHighlightKind2.Write = 3;
})(DocumentHighlightKind || (DocumentHighlightKind = {}));
var DocumentHighlight;
(function(DocumentHighlight2) {
  function create(range2, kind) {
    let result = { range: range2 };
    if (Is.number(kind)) {
      result.kind = kind;
    }
    return result;
  }
  DocumentHighlight2.create = create;
})(DocumentHighlight || (DocumentHighlight = {}));
var SymbolKind;
(function(SymbolKind2) {
  SymbolKind2.File = 1;
  SymbolKind2.Module = 2;
  SymbolKind2.Namespace = 3;
  SymbolKind2.Package = 4;
  SymbolKind2.Class = 5;
  SymbolKind2.Method = 6;
  SymbolKind2.Property = 7;
  SymbolKind2.Field = 8;
  SymbolKind2.Constructor = 9;
  SymbolKind2.Enum = 10;
  SymbolKind2.Interface = 11;
  SymbolKind2.Function = 12;
  SymbolKind2.Variable = 13;
  SymbolKind2.Constant = 14;
  SymbolKind2.String = 15;
  SymbolKind2.Number = 16;
  SymbolKind2.Boolean = 17;
  SymbolKind2.Array = 18;
  SymbolKind2.Object = 19;
  SymbolKind2.Key = 20;
  SymbolKind2.Null = 21;
  SymbolKind2.EnumMember = 22;
  SymbolKind2.Struct = 23;
  SymbolKind2.Event = 24;
  SymbolKind2.Operator = 25;
  SymbolKind2.TypeParameter = 26;
})(SymbolKind || (SymbolKind = {}));
var SymbolTag;
(function(SymbolTag2) {
  SymbolTag2.Deprecated = 1;
})(SymbolTag || (SymbolTag = {}));
var SymbolInformation;
(function(SymbolInformation2) {
  function create(name, kind, range2, uri, containerName) {
    let result = {
      name,
      kind,
      location: { uri, range: range2 }
    };
    if (containerName) {
      result.containerName = containerName;
    }
    return result;
  }
  SymbolInformation2.create = create;
})(SymbolInformation || (SymbolInformation = {}));
var WorkspaceSymbol;
(function(WorkspaceSymbol2) {
  function create(name, kind, uri, range2) {
    return range2 !== void 0 ? { name, kind, location: { uri, range: range2 } } : { name, kind, location: { uri } };
  }
  WorkspaceSymbol2.create = create;
})(WorkspaceSymbol || (WorkspaceSymbol = {}));
var DocumentSymbol;
(function(DocumentSymbol2) {
  function create(name, detail, kind, range2, selectionRange, children) {
    let result = {
      name,
      detail,
      kind,
      range: range2,
      selectionRange
    };
    if (children !== void 0) {
      result.children = children;
    }
    return result;
  }
  DocumentSymbol2.create = create;
  function is(value) {
    let candidate = value;
    return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
  }
  DocumentSymbol2.is = is;
})(DocumentSymbol || (DocumentSymbol = {}));
var CodeActionKind;
(function(CodeActionKind2) {
  CodeActionKind2.Empty = "";
  CodeActionKind2.QuickFix = "quickfix";
  CodeActionKind2.Refactor = "refactor";
  CodeActionKind2.RefactorExtract = "refactor.extract";
  CodeActionKind2.RefactorInline = "refactor.inline";
  CodeActionKind2.RefactorRewrite = "refactor.rewrite";
  CodeActionKind2.Source = "source";
  CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
  CodeActionKind2.SourceFixAll = "source.fixAll";
})(CodeActionKind || (CodeActionKind = {}));
var CodeActionTriggerKind;
(function(CodeActionTriggerKind2) {
  CodeActionTriggerKind2.Invoked = 1;
  CodeActionTriggerKind2.Automatic = 2;
})(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
var CodeActionContext;
(function(CodeActionContext2) {
  function create(diagnostics, only, triggerKind) {
    let result = { diagnostics };
    if (only !== void 0 && only !== null) {
      result.only = only;
    }
    if (triggerKind !== void 0 && triggerKind !== null) {
      result.triggerKind = triggerKind;
    }
    return result;
  }
  CodeActionContext2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
  }
  CodeActionContext2.is = is;
})(CodeActionContext || (CodeActionContext = {}));
var CodeAction;
(function(CodeAction2) {
  function create(title, kindOrCommandOrEdit, kind) {
    let result = { title };
    let checkKind = true;
    if (typeof kindOrCommandOrEdit === "string") {
      checkKind = false;
      result.kind = kindOrCommandOrEdit;
    } else if (Command.is(kindOrCommandOrEdit)) {
      result.command = kindOrCommandOrEdit;
    } else {
      result.edit = kindOrCommandOrEdit;
    }
    if (checkKind && kind !== void 0) {
      result.kind = kind;
    }
    return result;
  }
  CodeAction2.create = create;
  function is(value) {
    let candidate = value;
    return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit));
  }
  CodeAction2.is = is;
})(CodeAction || (CodeAction = {}));
var CodeLens;
(function(CodeLens2) {
  function create(range2, data) {
    let result = { range: range2 };
    if (Is.defined(data)) {
      result.data = data;
    }
    return result;
  }
  CodeLens2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
  }
  CodeLens2.is = is;
})(CodeLens || (CodeLens = {}));
var FormattingOptions;
(function(FormattingOptions2) {
  function create(tabSize, insertSpaces) {
    return { tabSize, insertSpaces };
  }
  FormattingOptions2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
  }
  FormattingOptions2.is = is;
})(FormattingOptions || (FormattingOptions = {}));
var DocumentLink;
(function(DocumentLink2) {
  function create(range2, target, data) {
    return { range: range2, target, data };
  }
  DocumentLink2.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
  }
  DocumentLink2.is = is;
})(DocumentLink || (DocumentLink = {}));
var SelectionRange;
(function(SelectionRange2) {
  function create(range2, parent) {
    return { range: range2, parent };
  }
  SelectionRange2.create = create;
  function is(value) {
    let candidate = value;
    return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
  }
  SelectionRange2.is = is;
})(SelectionRange || (SelectionRange = {}));
var SemanticTokenTypes;
(function(SemanticTokenTypes2) {
  SemanticTokenTypes2["namespace"] = "namespace";
  SemanticTokenTypes2["type"] = "type";
  SemanticTokenTypes2["class"] = "class";
  SemanticTokenTypes2["enum"] = "enum";
  SemanticTokenTypes2["interface"] = "interface";
  SemanticTokenTypes2["struct"] = "struct";
  SemanticTokenTypes2["typeParameter"] = "typeParameter";
  SemanticTokenTypes2["parameter"] = "parameter";
  SemanticTokenTypes2["variable"] = "variable";
  SemanticTokenTypes2["property"] = "property";
  SemanticTokenTypes2["enumMember"] = "enumMember";
  SemanticTokenTypes2["event"] = "event";
  SemanticTokenTypes2["function"] = "function";
  SemanticTokenTypes2["method"] = "method";
  SemanticTokenTypes2["macro"] = "macro";
  SemanticTokenTypes2["keyword"] = "keyword";
  SemanticTokenTypes2["modifier"] = "modifier";
  SemanticTokenTypes2["comment"] = "comment";
  SemanticTokenTypes2["string"] = "string";
  SemanticTokenTypes2["number"] = "number";
  SemanticTokenTypes2["regexp"] = "regexp";
  SemanticTokenTypes2["operator"] = "operator";
  SemanticTokenTypes2["decorator"] = "decorator";
})(SemanticTokenTypes || (SemanticTokenTypes = {}));
var SemanticTokenModifiers;
(function(SemanticTokenModifiers2) {
  SemanticTokenModifiers2["declaration"] = "declaration";
  SemanticTokenModifiers2["definition"] = "definition";
  SemanticTokenModifiers2["readonly"] = "readonly";
  SemanticTokenModifiers2["static"] = "static";
  SemanticTokenModifiers2["deprecated"] = "deprecated";
  SemanticTokenModifiers2["abstract"] = "abstract";
  SemanticTokenModifiers2["async"] = "async";
  SemanticTokenModifiers2["modification"] = "modification";
  SemanticTokenModifiers2["documentation"] = "documentation";
  SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
})(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
var SemanticTokens;
(function(SemanticTokens2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
  }
  SemanticTokens2.is = is;
})(SemanticTokens || (SemanticTokens = {}));
var InlineValueText;
(function(InlineValueText2) {
  function create(range2, text3) {
    return { range: range2, text: text3 };
  }
  InlineValueText2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
  }
  InlineValueText2.is = is;
})(InlineValueText || (InlineValueText = {}));
var InlineValueVariableLookup;
(function(InlineValueVariableLookup2) {
  function create(range2, variableName, caseSensitiveLookup) {
    return { range: range2, variableName, caseSensitiveLookup };
  }
  InlineValueVariableLookup2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
  }
  InlineValueVariableLookup2.is = is;
})(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
var InlineValueEvaluatableExpression;
(function(InlineValueEvaluatableExpression2) {
  function create(range2, expression) {
    return { range: range2, expression };
  }
  InlineValueEvaluatableExpression2.create = create;
  function is(value) {
    const candidate = value;
    return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
  }
  InlineValueEvaluatableExpression2.is = is;
})(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
var InlineValueContext;
(function(InlineValueContext2) {
  function create(frameId, stoppedLocation) {
    return { frameId, stoppedLocation };
  }
  InlineValueContext2.create = create;
  function is(value) {
    const candidate = value;
    return Is.defined(candidate) && Range.is(value.stoppedLocation);
  }
  InlineValueContext2.is = is;
})(InlineValueContext || (InlineValueContext = {}));
var InlayHintKind;
(function(InlayHintKind2) {
  InlayHintKind2.Type = 1;
  InlayHintKind2.Parameter = 2;
  function is(value) {
    return value === 1 || value === 2;
  }
  InlayHintKind2.is = is;
})(InlayHintKind || (InlayHintKind = {}));
var InlayHintLabelPart;
(function(InlayHintLabelPart2) {
  function create(value) {
    return { value };
  }
  InlayHintLabelPart2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
  }
  InlayHintLabelPart2.is = is;
})(InlayHintLabelPart || (InlayHintLabelPart = {}));
var InlayHint;
(function(InlayHint2) {
  function create(position, label, kind) {
    const result = { position, label };
    if (kind !== void 0) {
      result.kind = kind;
    }
    return result;
  }
  InlayHint2.create = create;
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
  }
  InlayHint2.is = is;
})(InlayHint || (InlayHint = {}));
var StringValue;
(function(StringValue2) {
  function createSnippet(value) {
    return { kind: "snippet", value };
  }
  StringValue2.createSnippet = createSnippet;
})(StringValue || (StringValue = {}));
var InlineCompletionItem;
(function(InlineCompletionItem2) {
  function create(insertText, filterText, range2, command) {
    return { insertText, filterText, range: range2, command };
  }
  InlineCompletionItem2.create = create;
})(InlineCompletionItem || (InlineCompletionItem = {}));
var InlineCompletionList;
(function(InlineCompletionList2) {
  function create(items) {
    return { items };
  }
  InlineCompletionList2.create = create;
})(InlineCompletionList || (InlineCompletionList = {}));
var InlineCompletionTriggerKind;
(function(InlineCompletionTriggerKind2) {
  InlineCompletionTriggerKind2.Invoked = 0;
  InlineCompletionTriggerKind2.Automatic = 1;
})(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
var SelectedCompletionInfo;
(function(SelectedCompletionInfo2) {
  function create(range2, text3) {
    return { range: range2, text: text3 };
  }
  SelectedCompletionInfo2.create = create;
})(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
var InlineCompletionContext;
(function(InlineCompletionContext2) {
  function create(triggerKind, selectedCompletionInfo) {
    return { triggerKind, selectedCompletionInfo };
  }
  InlineCompletionContext2.create = create;
})(InlineCompletionContext || (InlineCompletionContext = {}));
var WorkspaceFolder;
(function(WorkspaceFolder2) {
  function is(value) {
    const candidate = value;
    return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
  }
  WorkspaceFolder2.is = is;
})(WorkspaceFolder || (WorkspaceFolder = {}));
var TextDocument2;
(function(TextDocument3) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument2(uri, languageId, version, content);
  }
  TextDocument3.create = create;
  function is(value) {
    let candidate = value;
    return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
  }
  TextDocument3.is = is;
  function applyEdits(document2, edits) {
    let text3 = document2.getText();
    let sortedEdits = mergeSort2(edits, (a, b) => {
      let diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = text3.length;
    for (let i = sortedEdits.length - 1; i >= 0; i--) {
      let e = sortedEdits[i];
      let startOffset = document2.offsetAt(e.range.start);
      let endOffset = document2.offsetAt(e.range.end);
      if (endOffset <= lastModifiedOffset) {
        text3 = text3.substring(0, startOffset) + e.newText + text3.substring(endOffset, text3.length);
      } else {
        throw new Error("Overlapping edit");
      }
      lastModifiedOffset = startOffset;
    }
    return text3;
  }
  TextDocument3.applyEdits = applyEdits;
  function mergeSort2(data, compare2) {
    if (data.length <= 1) {
      return data;
    }
    const p = data.length / 2 | 0;
    const left = data.slice(0, p);
    const right = data.slice(p);
    mergeSort2(left, compare2);
    mergeSort2(right, compare2);
    let leftIdx = 0;
    let rightIdx = 0;
    let i = 0;
    while (leftIdx < left.length && rightIdx < right.length) {
      let ret = compare2(left[leftIdx], right[rightIdx]);
      if (ret <= 0) {
        data[i++] = left[leftIdx++];
      } else {
        data[i++] = right[rightIdx++];
      }
    }
    while (leftIdx < left.length) {
      data[i++] = left[leftIdx++];
    }
    while (rightIdx < right.length) {
      data[i++] = right[rightIdx++];
    }
    return data;
  }
})(TextDocument2 || (TextDocument2 = {}));
var FullTextDocument2 = class {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range2) {
    if (range2) {
      let start = this.offsetAt(range2.start);
      let end = this.offsetAt(range2.end);
      return this._content.substring(start, end);
    }
    return this._content;
  }
  update(event, version) {
    this._content = event.text;
    this._version = version;
    this._lineOffsets = void 0;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      let lineOffsets = [];
      let text3 = this._content;
      let isLineStart = true;
      for (let i = 0; i < text3.length; i++) {
        if (isLineStart) {
          lineOffsets.push(i);
          isLineStart = false;
        }
        let ch = text3.charAt(i);
        isLineStart = ch === "\r" || ch === "\n";
        if (ch === "\r" && i + 1 < text3.length && text3.charAt(i + 1) === "\n") {
          i++;
        }
      }
      if (isLineStart && text3.length > 0) {
        lineOffsets.push(text3.length);
      }
      this._lineOffsets = lineOffsets;
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    let lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return Position.create(0, offset);
    }
    while (low < high) {
      let mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    let line = low - 1;
    return Position.create(line, offset - lineOffsets[line]);
  }
  offsetAt(position) {
    let lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    let lineOffset = lineOffsets[position.line];
    let nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
};
var Is;
(function(Is2) {
  const toString = Object.prototype.toString;
  function defined(value) {
    return typeof value !== "undefined";
  }
  Is2.defined = defined;
  function undefined2(value) {
    return typeof value === "undefined";
  }
  Is2.undefined = undefined2;
  function boolean(value) {
    return value === true || value === false;
  }
  Is2.boolean = boolean;
  function string(value) {
    return toString.call(value) === "[object String]";
  }
  Is2.string = string;
  function number(value) {
    return toString.call(value) === "[object Number]";
  }
  Is2.number = number;
  function numberRange(value, min, max) {
    return toString.call(value) === "[object Number]" && min <= value && value <= max;
  }
  Is2.numberRange = numberRange;
  function integer3(value) {
    return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
  }
  Is2.integer = integer3;
  function uinteger2(value) {
    return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
  }
  Is2.uinteger = uinteger2;
  function func(value) {
    return toString.call(value) === "[object Function]";
  }
  Is2.func = func;
  function objectLiteral(value) {
    return value !== null && typeof value === "object";
  }
  Is2.objectLiteral = objectLiteral;
  function typedArray(value, check) {
    return Array.isArray(value) && value.every(check);
  }
  Is2.typedArray = typedArray;
})(Is || (Is = {}));

// server/src/services/codeActions.ts
var FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.twiml`;
var CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];
var FIX_ALL_TITLE = "Fix all TwiML case mistakes";
function doCodeActions(document2, context, documentDiagnostics) {
  const actions = [];
  const quickFixes = wants(context.only, CodeActionKind.QuickFix);
  if (quickFixes) for (const diagnostic of context.diagnostics) actions.push(...fixesFor(document2, diagnostic));
  const askedForCase = quickFixes && context.diagnostics.some((diagnostic) => caseFixOf(diagnostic) !== void 0);
  const askedForSource = context.only !== void 0 && wants(context.only, FIX_ALL_KIND);
  if (!askedForCase && !askedForSource) return actions;
  const caseDiagnostics = documentDiagnostics().filter((diagnostic) => caseFixOf(diagnostic) !== void 0);
  if (askedForCase && caseDiagnostics.length >= 2)
    actions.push(fixAll(document2, caseDiagnostics, CodeActionKind.QuickFix));
  if (askedForSource && caseDiagnostics.length >= 1) actions.push(fixAll(document2, caseDiagnostics, FIX_ALL_KIND));
  return actions;
}
function wants(only, kind) {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
function fixesOf(diagnostic) {
  if (diagnostic.source !== "twiml") return [];
  const data = diagnostic.data;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}
function caseFixOf(diagnostic) {
  return fixesOf(diagnostic).find((fix) => fix.group === "case");
}
function fixesFor(document2, diagnostic) {
  return fixesOf(diagnostic).map((fix) => {
    const action = {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document2.uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } }
    };
    if (fix.isPreferred) action.isPreferred = true;
    return action;
  });
}
function fixAll(document2, diagnostics, kind) {
  const edits = diagnostics.flatMap((diagnostic) => caseFixOf(diagnostic).edits);
  return {
    title: FIX_ALL_TITLE,
    kind,
    diagnostics,
    edit: { changes: { [document2.uri]: withoutOverlaps(edits) } }
  };
}
function withoutOverlaps(edits) {
  const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end));
  const kept = [];
  for (const edit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && compare(edit.range.start, previous.range.end) < 0) continue;
    if (previous && compare(edit.range.start, previous.range.start) === 0 && compare(edit.range.end, previous.range.end) === 0)
      continue;
    kept.push({ range: edit.range, newText: edit.newText });
  }
  return kept;
}
function compare(a, b) {
  return a.line - b.line || a.character - b.character;
}

// server/src/services/describeSchema.ts
var MAX_LISTED = 12;
function knownValues(type) {
  switch (type.kind) {
    case "http-method":
      return ["GET", "POST"];
    case "boolean":
      return ["true", "false"];
    case "enum":
      return type.values;
    case "list":
      return knownValues(type.item);
    default:
      return [];
  }
}
function describeType(type) {
  switch (type.kind) {
    case "url":
      return describeUrl(type);
    case "http-method":
      return "`GET` or `POST`";
    case "boolean":
      return "`true` or `false`";
    case "integer":
      return `whole number${describeBounds(type.min, type.max)}`;
    case "decimal":
      return `number${describeBounds(type.min, type.max)}`;
    case "enum":
      return `${type.open ? "one of (Twilio adds more over time)" : "one of"}: ${listValues(type.values)}`;
    case "list":
      return `${type.separator === " " ? "space" : "comma"}-separated list; each item ${describeType(type.item)}`;
    case "phone-number":
      return describePhone(type.alsoAccepts ?? []);
    case "sid":
      return `SID (\`${type.prefix ?? "XX"}\` + 32 hex digits)`;
    case "sip-uri":
      return "SIP URI (`sip:` or `sips:`)";
    case "string":
      return type.maxLength === void 0 ? "text" : `text, at most ${type.maxLength} characters`;
  }
}
function listValues(values) {
  const shown = values.slice(0, MAX_LISTED).map((value) => `\`${value}\``).join(", ");
  return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
}
function describeUrl(type) {
  if (type.schemes?.length) return `absolute ${type.schemes.map((scheme) => `\`${scheme}://\``).join(" or ")} URL`;
  return type.absoluteOnly ? "absolute http(s) URL" : "URL (absolute, or relative to the requested document)";
}
function describeBounds(min, max) {
  if (min !== void 0 && max !== void 0) return `, ${min}\u2013${max}`;
  if (min !== void 0) return `, at least ${min}`;
  if (max !== void 0) return `, at most ${max}`;
  return "";
}
function describePhone(extras) {
  const more = extras.map(
    (extra) => extra.replace("alphanumeric-sender", "alphanumeric sender ID").replace("client", "client identity").replace("sip", "SIP URI")
  );
  return ["E.164 number or channel address (`whatsapp:+1\u2026`)", ...more].join(", or ");
}
function docLink(url2) {
  return `[Twilio docs](${url2})`;
}
function elementKindLabel(spec) {
  return `${spec.dialect} ${spec.kind === "root" ? "root element" : spec.kind}`;
}
function elementDocumentation(spec) {
  return [spec.description, deprecationOf(spec), docLink(spec.docUrl)].filter(Boolean).join("\n\n");
}
function deprecationOf(spec) {
  if (!spec.deprecated) return "";
  const instead = spec.deprecated.replacement ? ` Use \`<${spec.deprecated.replacement}>\` instead.` : "";
  return `**Deprecated.** ${spec.deprecated.note}${instead}`;
}
function attributeDocumentation(attribute) {
  const facts = [`Type: ${describeType(attribute.type)}`];
  if (attribute.default !== void 0) facts.push(`Default: \`${attribute.default}\``);
  if (attribute.required) facts.push("Required.");
  const deprecated = attribute.deprecated ? `**Deprecated.** ${attribute.deprecated}` : "";
  return [attribute.description, facts.join("  \n"), deprecated, docLink(attribute.docUrl)].filter(Boolean).join("\n\n");
}

// server/src/services/completionItems.ts
var MAX_CHOICES = 20;
var ELEMENT_KIND = {
  root: CompletionItemKind.Module,
  verb: CompletionItemKind.Method,
  noun: CompletionItemKind.Field
};
function elementItem(spec, range2, form) {
  const snippet = form === "name" ? spec.name : `${form === "withLt" ? "<" : ""}${elementSnippet(spec)}`;
  const item = {
    label: spec.name,
    kind: ELEMENT_KIND[spec.kind],
    detail: elementKindLabel(spec),
    documentation: { kind: MarkupKind.Markdown, value: elementDocumentation(spec) },
    sortText: `${spec.deprecated ? "1" : "0"}${spec.name}`,
    filterText: form === "withLt" ? `<${spec.name}` : spec.name,
    textEdit: { range: range2, newText: snippet },
    insertTextFormat: form === "name" ? InsertTextFormat.PlainText : InsertTextFormat.Snippet
  };
  if (spec.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}
function elementSnippet(spec) {
  const required = spec.attributes.filter((attribute) => attribute.required);
  const attributes = required.map((attribute, index) => ` ${attributeSnippet(attribute, index + 1)}`).join("");
  const next = required.length + 1;
  if (!spec.text.allowed && spec.children.length === 0) {
    return spec.attributes.length > required.length ? `${spec.name}${attributes}$${next}/>$0` : `${spec.name}${attributes}/>$0`;
  }
  return `${spec.name}${attributes}>$0</${spec.name}>`;
}
function attributeSnippet(attribute, tabstop) {
  const values = knownValues(attribute.type);
  const closed = !(attribute.type.kind === "enum" && attribute.type.open) && attribute.type.kind !== "list";
  if (closed && values.length > 0 && values.length <= MAX_CHOICES) {
    return `${attribute.name}="\${${tabstop}|${values.map(escapeChoice).join(",")}|}"`;
  }
  return `${attribute.name}="$${tabstop}"`;
}
function escapeChoice(value) {
  return value.replace(/[\\,|$}]/g, (char) => `\\${char}`);
}
function attributeItem(attribute, range2, nameOnly, index) {
  const item = {
    label: attribute.name,
    kind: CompletionItemKind.Value,
    detail: describeType(attribute.type).replace(/`/g, ""),
    documentation: { kind: MarkupKind.Markdown, value: attributeDocumentation(attribute) },
    // Required first, deprecated last, the rest in the data's order (most useful first).
    sortText: `${attribute.required ? "0" : attribute.deprecated ? "2" : "1"}${String(index).padStart(3, "0")}`,
    textEdit: { range: range2, newText: nameOnly ? attribute.name : attributeSnippet(attribute, 1) },
    insertTextFormat: nameOnly ? InsertTextFormat.PlainText : InsertTextFormat.Snippet
  };
  if (attribute.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}
function valueItems(attribute, range2, quote, skip) {
  const open = attribute.type.kind === "enum" ? attribute.type.open === true : attribute.type.kind === "list" && attribute.type.item.kind === "enum" && attribute.type.item.open === true;
  const values = knownValues(attribute.type).filter((value) => !skip.has(value));
  return values.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: value === attribute.default ? `default of ${attribute.name}` : open ? `known value of ${attribute.name} (Twilio adds more)` : attribute.name,
    sortText: String(index).padStart(5, "0"),
    filterText: value,
    textEdit: { range: range2, newText: `${quote}${value}${quote}` }
  }));
}

// server/src/services/requestShapes.ts
var CompletionTriggerKind = { Invoked: 1, TriggerCharacter: 2, TriggerForIncompleteCompletions: 3 };

// server/src/services/schemaLookup.ts
function attributeSpecOf(spec, name) {
  const exact = findAttribute(spec, name);
  if (exact) return exact;
  const corrected = caseInsensitiveAttribute(spec, name);
  return corrected === void 0 ? void 0 : findAttribute(spec, corrected);
}

// server/src/services/nodeAtOffset.ts
function nodeAtOffset(doc, offset) {
  let container;
  let children = doc.children;
  for (; ; ) {
    const hit = childAt(children, offset, doc.text);
    if (!hit) return { kind: "content", element: container };
    if (hit.type === "comment") return { kind: "comment", element: container, comment: hit };
    if (hit.type === "text") return { kind: "cdata", element: container, text: hit };
    const inTag = placeInTags(hit, offset, doc.text);
    if (inTag) return inTag;
    container = hit;
    children = hit.children;
  }
}
function childAt(children, offset, text3) {
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i];
    if (node.type === "text" && !node.cdata || node.start >= offset) continue;
    if (node.type !== "element")
      return offset < node.end || offset === node.end && !closedMarkup(node, text3) ? node : void 0;
    if (offset < node.end || offset === node.end && endIsOpen(node)) return node;
    return void 0;
  }
  return void 0;
}
function closedMarkup(node, text3) {
  return text3.startsWith(node.type === "comment" ? "-->" : "]]>", node.end - 3) && node.end - node.start >= (node.type === "comment" ? 7 : 12);
}
function endIsOpen(element) {
  return !element.closed || element.endTagNameRange?.end === element.end;
}
function placeInTags(element, offset, text3) {
  if (offset < element.startTagEnd || offset === element.startTagEnd && !startTagTerminated(element, text3)) {
    return placeInStartTag(element, offset);
  }
  const endName = element.endTagNameRange;
  if (endName && offset >= endName.start && (offset < element.end || offset === endName.end))
    return { kind: "endTagName", element };
  return void 0;
}
function placeInStartTag(element, offset) {
  if (offset <= element.nameRange.end) return { kind: "startTagName", element };
  for (const attribute of element.attributes) {
    const value = attribute.valueRange;
    if (value && offset >= value.start && offset <= value.end) return { kind: "attributeValue", element, attribute };
    if (offset >= attribute.nameRange.start && offset <= attribute.nameRange.end)
      return { kind: "attributeName", element, attribute };
  }
  return { kind: "startTag", element };
}
function startTagTerminated(element, text3) {
  return element.selfClosing || text3.charCodeAt(element.startTagEnd - 1) === 62;
}

// server/src/services/xmlNames.ts
function isXmlNameChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 45 || code === 46 || code === 95 || code === 58 || code > 127;
}
var XML_NAME_PATTERN = "[A-Za-z_:\\u0080-\\uFFFF][A-Za-z0-9_:.\\-\\u0080-\\uFFFF]*";

// server/src/services/completion.ts
function doComplete(document2, position, twiml, context) {
  const offset = document2.offsetAt(position);
  const trigger = context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : void 0;
  const request = { document: document2, twiml, text: document2.getText(), offset, trigger };
  return { isIncomplete: false, items: completeAt(request, nodeAtOffset(twiml.xml, offset)) };
}
function completeAt(request, place) {
  switch (place.kind) {
    case "attributeValue":
      return allows(request, ['"', "'", "=", " "]) ? completeValue(request, place.element, place.attribute) : [];
    case "attributeName":
      return allows(request, []) ? completeAttributeName(request, place.element, place.attribute) : [];
    case "startTag":
      return allows(request, [" "]) && /\s/.test(request.text[request.offset - 1] ?? "") ? completeAttributeName(request, place.element, void 0) : [];
    case "startTagName":
      return allows(request, ["<"]) ? completeStartTagName(request, place.element) : [];
    case "endTagName":
      return allows(request, ["/"]) ? completeEndTagName(request, place.element) : [];
    case "comment":
    case "cdata":
      return [];
    case "content":
      return completeInContent(request, place.element);
  }
}
function allows(request, triggers) {
  return request.trigger === void 0 || triggers.includes(request.trigger);
}
function range(request, start, end) {
  return { start: request.document.positionAt(start), end: request.document.positionAt(end) };
}
function completeStartTagName(request, element) {
  const form = element.attributes.length > 0 || startTagTerminated(element, request.text) ? "name" : "afterLt";
  const where = range(request, element.nameRange.start, element.nameRange.end);
  return elementCandidates(request.twiml, element.parent).map((spec) => elementItem(spec, where, form));
}
function completeEndTagName(request, element) {
  const name = element.endTagNameRange;
  const needsGt = request.text[name.end] !== ">";
  return [closeItem(element, range(request, name.start, name.end), needsGt)];
}
function completeInContent(request, element) {
  const { text: text3, offset } = request;
  let wordStart = offset;
  while (wordStart > 0 && isXmlNameChar(text3.charCodeAt(wordStart - 1))) wordStart--;
  if (text3[wordStart - 1] === "/" && text3[wordStart - 2] === "<") {
    if (!element || !allows(request, ["/"])) return [];
    let nameEnd = offset;
    while (nameEnd < text3.length && isXmlNameChar(text3.charCodeAt(nameEnd))) nameEnd++;
    return [closeItem(element, range(request, wordStart, nameEnd), text3[nameEnd] !== ">")];
  }
  if (text3[wordStart - 1] === "<") {
    if (!allows(request, ["<"])) return [];
    return elementCandidates(request.twiml, element).map(
      (spec) => elementItem(spec, range(request, wordStart, offset), "afterLt")
    );
  }
  if (request.trigger !== void 0 || !onlyBlankBefore(text3, wordStart)) return [];
  if (!element && request.twiml.root) return [];
  return elementCandidates(request.twiml, element).map(
    (spec) => elementItem(spec, range(request, wordStart, offset), "withLt")
  );
}
function onlyBlankBefore(text3, offset) {
  let i = offset;
  while (i > 0 && (text3[i - 1] === " " || text3[i - 1] === "	")) i--;
  return i === 0 || text3[i - 1] === "\n" || text3[i - 1] === "\r" || text3[i - 1] === ">";
}
function closeItem(element, where, needsGt) {
  return {
    label: `</${element.name}>`,
    kind: CompletionItemKind.Property,
    detail: `Closes the <${element.name}> opened above`,
    filterText: element.name,
    sortText: "0",
    textEdit: { range: where, newText: needsGt ? `${element.name}>` : element.name }
  };
}
function elementCandidates(twiml, parent) {
  if (!parent) return [rootElement(twiml.dialect.dialect)];
  const spec = twiml.resolved.get(parent)?.spec;
  if (!spec) return [];
  const dialects = spec.kind === "root" && twiml.dialect.source === "default" ? DIALECTS : [spec.dialect];
  const found = /* @__PURE__ */ new Map();
  for (const dialect of dialects) {
    const owner = dialect === spec.dialect ? spec : rootElement(dialect);
    for (const name of owner.children) {
      const child = findElement(dialect, owner.name, name);
      if (child && !found.has(name)) found.set(name, child);
    }
  }
  return [...found.values()];
}
function completeAttributeName(request, element, editing) {
  const spec = request.twiml.resolved.get(element)?.spec;
  if (!spec) return [];
  const present = new Set(
    element.attributes.filter((attribute) => attribute !== editing).map((attribute) => attribute.name)
  );
  const where = editing ? range(request, editing.nameRange.start, editing.nameRange.end) : range(request, request.offset, request.offset);
  const nameOnly = editing?.value !== void 0;
  return spec.attributes.filter((attribute) => !present.has(attribute.name)).map((attribute, index) => attributeItem(attribute, where, nameOnly, index));
}
function completeValue(request, element, attribute) {
  const spec = request.twiml.resolved.get(element)?.spec;
  const attributeSpec = spec && attributeSpecOf(spec, attribute.name);
  const value = attribute.valueRange;
  if (!attributeSpec || !value) return [];
  const type = attributeSpec.type;
  if (type.kind !== "list") {
    if (request.trigger === " ") return [];
    return valueItems(
      attributeSpec,
      range(request, value.start, value.end),
      attribute.quote === "" ? '"' : "",
      /* @__PURE__ */ new Set()
    );
  }
  const raw = request.text.slice(value.start, value.end);
  const at = request.offset - value.start;
  const separator = type.separator === " " ? /\s/ : /,/;
  let start = at, end = at;
  while (start > 0 && !separator.test(raw[start - 1])) start--;
  while (end < raw.length && !separator.test(raw[end])) end++;
  const others = new Set((raw.slice(0, start) + " " + raw.slice(end)).split(/[\s,]+/).filter(Boolean));
  return valueItems(attributeSpec, range(request, value.start + start, value.start + end), "", others);
}

// server/src/analysis/messageBody.ts
function messageBody(message) {
  let body = directText(message).trim();
  for (const child of childElements(message)) if (child.name.toLowerCase() === "body") body += directText(child).trim();
  return body;
}

// server/src/services/documentSymbols.ts
var MAX_DETAIL = 40;
var TELLING_ATTRIBUTES = ["action", "url", "name", "to"];
var MAX_SYMBOL_DEPTH = 64;
var KIND = {
  root: SymbolKind.Module,
  verb: SymbolKind.Method,
  noun: SymbolKind.Field
};
function findDocumentSymbols(document2, twiml) {
  const top = [];
  const placed = /* @__PURE__ */ new Map();
  for (const element of twiml.elements) {
    const symbol = toSymbol(document2, element, twiml.resolved.get(element)?.spec);
    const parent = element.parent ? placed.get(element.parent) : void 0;
    let where = { symbol, depth: 1, holder: top };
    if (parent && parent.depth < MAX_SYMBOL_DEPTH)
      where = { symbol, depth: parent.depth + 1, holder: parent.symbol.children ??= [] };
    else if (parent) where = { symbol, depth: parent.depth, holder: parent.holder };
    where.holder.push(symbol);
    placed.set(element, where);
  }
  return top;
}
function toSymbol(document2, element, spec) {
  const end = Math.max(element.end, element.nameRange.end);
  const symbol = {
    name: element.name || "<>",
    kind: spec ? KIND[spec.kind] : SymbolKind.Object,
    range: { start: document2.positionAt(element.start), end: document2.positionAt(end) },
    selectionRange: {
      start: document2.positionAt(element.nameRange.start),
      end: document2.positionAt(element.nameRange.end)
    }
  };
  const detail = summarize(element, spec);
  if (detail) symbol.detail = detail;
  if (spec?.deprecated) symbol.tags = [SymbolTag.Deprecated];
  return symbol;
}
function summarize(element, spec) {
  if (spec?.name === "Message" && spec.dialect === "messaging") {
    const body = messageBody(element);
    if (body) return shorten(body);
    const media = childElements(element).filter((child) => child.name === "Media").length;
    return media ? `${media} media` : "";
  }
  const text3 = directText(element).trim();
  if (text3) return shorten(text3);
  for (const name of TELLING_ATTRIBUTES) {
    const value = attributeNamed(element, name)?.value?.trim();
    if (value) return shorten(`${name}: ${value}`);
  }
  return "";
}
function shorten(text3) {
  const line = text3.replace(/\s+/g, " ");
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}\u2026` : line;
}

// server/src/services/folding.ts
function getFoldingRanges(document2, twiml, rangeLimit) {
  const line = (offset) => document2.positionAt(offset).line;
  const ranges = [];
  const stack = [...twiml.xml.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "text") continue;
    const range2 = node.type === "comment" ? commentRange(node, line) : elementRange(node, line);
    if (range2) ranges.push(range2);
    if (node.type === "element") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return rangeLimit !== void 0 && ranges.length > rangeLimit ? ranges.slice(0, Math.max(0, rangeLimit)) : ranges;
}
function elementRange(element, line) {
  const startLine = line(element.start);
  const endLine = element.endTagNameRange ? line(element.endTagNameRange.start - 2) - 1 : line(Math.max(element.start, element.end - 1));
  return endLine > startLine ? { startLine, endLine } : void 0;
}
function commentRange(comment, line) {
  const startLine = line(comment.start);
  const endLine = line(Math.max(comment.start, comment.end - 1));
  return endLine > startLine ? { startLine, endLine, kind: FoldingRangeKind.Comment } : void 0;
}

// shared/smsSegments.ts
var GSM_BASIC = new Set(
  `@\xA3$\xA5\xE8\xE9\xF9\xEC\xF2\xC7
\xD8\xF8\r\xC5\xE5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\xC6\xE6\xDF\xC9 !"#\xA4%&'()*+,-./0123456789:;<=>?\xA1ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC4\xD6\xD1\xDC\xA7\xBFabcdefghijklmnopqrstuvwxyz\xE4\xF6\xF1\xFC\xE0`
);
var GSM_EXTENDED = new Set("\f^{}\\[~]|\u20AC");
function isGsm7(text3) {
  for (const char of text3) if (!GSM_BASIC.has(char) && !GSM_EXTENDED.has(char)) return false;
  return true;
}
function countSegments(text3) {
  const characters = [...text3].length;
  if (text3.length === 0) return { characters: 0, encoding: "GSM-7", segments: 0 };
  if (isGsm7(text3)) return { characters, encoding: "GSM-7", segments: gsmSegments(text3) };
  return { characters, encoding: "UCS-2", segments: ucs2Segments(text3) };
}
function gsmSegments(text3) {
  const septets = [...text3].map((char) => GSM_EXTENDED.has(char) ? 2 : 1);
  const total = septets.reduce((sum, size) => sum + size, 0);
  if (total <= 160) return 1;
  let segments = 1, used = 0;
  for (const size of septets) {
    if (used + size > 153) {
      segments++;
      used = 0;
    }
    used += size;
  }
  return segments;
}
function ucs2Segments(text3) {
  if (text3.length <= 70) return 1;
  let segments = 1, used = 0;
  for (const char of text3) {
    if (used + char.length > 67) {
      segments++;
      used = 0;
    }
    used += char.length;
  }
  return segments;
}

// server/src/services/hover.ts
var MAX_NAMES = 10;
function doHover(document2, position, twiml) {
  const place = nodeAtOffset(twiml.xml, document2.offsetAt(position));
  let found;
  switch (place.kind) {
    case "startTagName":
      found = elementHover(twiml, place.element, place.element.nameRange);
      break;
    case "endTagName":
      found = elementHover(twiml, place.element, place.element.endTagNameRange ?? place.element.nameRange);
      break;
    case "attributeName":
      found = attributeHover(twiml, place.element, place.attribute, place.attribute.nameRange);
      break;
    case "attributeValue":
      found = attributeHover(
        twiml,
        place.element,
        place.attribute,
        place.attribute.valueRange ?? place.attribute.nameRange
      );
      break;
    default:
      break;
  }
  if (!found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.markdown },
    range: { start: document2.positionAt(found.range.start), end: document2.positionAt(found.range.end) }
  };
}
function elementHover(twiml, element, range2) {
  const resolved = twiml.resolved.get(element);
  const spec = resolved?.spec;
  if (!resolved || !spec) return void 0;
  const sections = [
    `**\`<${spec.name}>\`** \xB7 ${elementKindLabel(spec)}`,
    spec.description,
    warnings(twiml, element, resolved),
    deprecationOf(spec),
    structure(spec),
    isMessage(spec) ? bodyStatistics(element, twiml.template !== void 0) : "",
    docLink(spec.docUrl)
  ];
  return { markdown: sections.filter(Boolean).join("\n\n"), range: range2 };
}
function warnings(twiml, element, resolved) {
  const notes = [];
  if (resolved.correctName)
    notes.push(`TwiML names are case-sensitive: write \`<${resolved.correctName}>\`, not \`<${element.name}>\`.`);
  if (resolved.otherDialect)
    notes.push(`Only in ${resolved.otherDialect} TwiML; this document is ${twiml.dialect.dialect} TwiML.`);
  return notes.join("  \n");
}
function structure(spec) {
  const lines = [];
  if (spec.children.length) lines.push(`Children: ${names(spec.children.map((name) => `<${name}>`))}`);
  if (spec.attributes.length) lines.push(`Attributes: ${names(spec.attributes.map((attribute) => attribute.name))}`);
  if (spec.text.allowed && spec.text.meaning) lines.push(`Text: ${spec.text.meaning}`);
  else if (!spec.text.allowed && spec.kind !== "root") lines.push("Text: none");
  return lines.join("  \n");
}
function names(list) {
  const shown = list.slice(0, MAX_NAMES).map((name) => `\`${name}\``).join(", ");
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
}
function isMessage(spec) {
  return spec.name === "Message" && spec.dialect === "messaging";
}
function bodyStatistics(message, templated = false) {
  const written = messageBody(message);
  if (written === "") return "Body: empty";
  const body = templated ? withoutPlaceholders(written) : written;
  const floor = templated && body !== written ? "at least " : "";
  const info = countSegments(body);
  const plural = (count, word) => `${floor}${count} ${word}${count === 1 ? "" : "s"}`;
  return `Body: ${plural(info.characters, "character")} \xB7 ${info.encoding} \xB7 ${plural(info.segments, "segment")}`;
}
function attributeHover(twiml, element, attribute, range2) {
  const spec = twiml.resolved.get(element)?.spec;
  const attributeSpec = spec && attributeSpecOf(spec, attribute.name);
  if (!spec || !attributeSpec) return void 0;
  const caseNote = attributeSpec.name === attribute.name ? "" : `Attribute names are case-sensitive: write \`${attributeSpec.name}\`, not \`${attribute.name}\`.`;
  const heading = `**\`${attributeSpec.name}\`** \xB7 attribute of \`<${spec.name}>\``;
  return { markdown: [heading, caseNote, attributeDocumentation(attributeSpec)].filter(Boolean).join("\n\n"), range: range2 };
}

// server/src/services/linkedEditing.ts
function findLinkedEditingRanges(document2, position, twiml) {
  const offset = document2.offsetAt(position);
  const place = nodeAtOffset(twiml.xml, offset);
  if (place.kind !== "startTagName" && place.kind !== "endTagName") return null;
  const { nameRange, endTagNameRange } = place.element;
  if (!endTagNameRange) return null;
  if (place.kind === "endTagName" && offset > endTagNameRange.end) return null;
  const toRange2 = (range2) => ({
    start: document2.positionAt(range2.start),
    end: document2.positionAt(range2.end)
  });
  return { ranges: [toRange2(nameRange), toRange2(endTagNameRange)], wordPattern: XML_NAME_PATTERN };
}

// server/src/analysis/describeTransfer.ts
function describeTransfer(doc, transfer) {
  const line = doc.lineAt(transfer.verb.start) + 1;
  const target = transfer.url ? ` and continues at ${transfer.url}` : "";
  return `the <${transfer.verb.name}> on line ${line} takes control${target}`;
}

// server/src/services/voicePreview.ts
var FIXED_TEXT = {
  Hangup: "The call ends.",
  Reject: "The call is rejected without being answered.",
  Leave: "The caller leaves the queue.",
  Pause: "Silence.",
  Record: "Records the caller.",
  Gather: "Waits for the caller to press keys or speak.",
  Start: "Starts in the background:",
  Stop: "Stops:",
  Connect: "Connects the call to:",
  Dial: "Calls:"
};
var MAX_DEPTH = 6;
function voiceSteps(document2, doc, unreachable) {
  if (!doc.root) return [];
  return childElements(doc.root).map((verb) => step(document2, doc, verb, 0, unreachable));
}
function step(document2, doc, element, depth, unreachable) {
  const text3 = directText(element).trim();
  const transfer = doc.flow.transfers.get(element);
  const children = depth < MAX_DEPTH ? childElements(element).map((child) => step(document2, doc, child, depth + 1, unreachable)) : [];
  return {
    verb: element.name,
    position: document2.positionAt(element.start),
    text: text3 || FIXED_TEXT[element.name] || "",
    details: element.attributes.map((attribute) => ({ label: attribute.name, value: attribute.value ?? "" })),
    children,
    continuesAt: transfer ? transfer.url ?? transfer.reason : void 0,
    unreachable: depth === 0 ? unreachable(element) : void 0
  };
}

// server/src/services/previewModel.ts
var IMAGE_URL = /\.(png|jpe?g|gif|webp|bmp|svg)(\?.*)?$/i;
function buildPreviewModel(document2, doc, diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === 1).slice(0, 20).map((d) => ({ message: d.message, line: d.range.start.line + 1, code: String(d.code ?? "") }));
  const model = {
    uri: document2.uri,
    version: document2.version,
    dialect: doc.dialect.dialect,
    errors,
    messaging: [],
    voice: []
  };
  if (!doc.root) return model;
  const unreachable = (verb) => {
    const transfer = doc.flow.unreachable.get(verb);
    return transfer ? reason(document2, doc, transfer) : void 0;
  };
  if (doc.dialect.dialect === "voice") model.voice = voiceSteps(document2, doc, unreachable);
  else model.messaging = messagingSteps(document2, doc, doc.root, unreachable);
  return model;
}
function reason(document2, doc, transfer) {
  return {
    verb: transfer.verb.name,
    position: document2.positionAt(transfer.verb.start),
    message: `Never runs: ${describeTransfer(doc, transfer)}.`
  };
}
function messagingSteps(document2, doc, root, unreachable) {
  const steps = [];
  for (const verb of childElements(root)) {
    const position = document2.positionAt(verb.start);
    const name = effectiveName(verb, doc.resolved);
    if (name === "Message" || name === "Sms") {
      const body = messageBody(verb);
      steps.push({
        kind: "message",
        position,
        body,
        media: childElements(verb).filter((c) => c.name.toLowerCase() === "media").map((m) => mediaOf(directText(m).trim())),
        to: attributeNamed(verb, "to")?.value,
        from: attributeNamed(verb, "from")?.value,
        segments: countSegments(doc.template ? withoutPlaceholders(body) : body),
        action: attributeNamed(verb, "action")?.value,
        unreachable: unreachable(verb)
      });
    } else if (name === "Redirect") {
      steps.push({
        kind: "redirect",
        position,
        url: directText(verb).trim(),
        method: attributeNamed(verb, "method")?.value,
        unreachable: unreachable(verb)
      });
    }
  }
  return steps;
}
function mediaOf(url2) {
  const safe = /^https?:\/\/[^\s]+$/i.test(url2);
  return { url: url2, kind: safe && IMAGE_URL.test(url2) ? "image" : "other", safe };
}

// server/src/data/errorCodes.ts
function twilioErrorUrl(code) {
  return `https://www.twilio.com/docs/api/errors/${code}`;
}
function entry(code, title) {
  return { code, title, url: twilioErrorUrl(code) };
}
var TWILIO_ERRORS = {
  // Fetching the document (webhook replay, absolute URLs)
  11100: entry(11100, "Invalid URL format"),
  11200: entry(11200, "HTTP retrieval failure"),
  11205: entry(11205, "HTTP connection failure"),
  11215: entry(11215, "HTTP too many redirects"),
  11750: entry(11750, "TwiML response body too large"),
  11751: entry(11751, "Media Message - Media exceeds messaging provider size limit"),
  // Parsing and schema
  12100: entry(12100, "Document parse failure"),
  12101: entry(12101, "Invalid Twilio Markup XML version"),
  12102: entry(12102, "The root element must be Response"),
  12200: entry(12200, "Schema validation warning"),
  12300: entry(12300, "Invalid Content-Type"),
  // Voice verbs
  13210: entry(13210, "Dial: Invalid method value"),
  13215: entry(13215, "Dial: Invalid nested element"),
  13238: entry(13238, "Dial->Conference: Invalid Verb used in waitUrl, holdUrl, or announceUrl TwiML"),
  13320: entry(13320, "Gather: Invalid nested verb"),
  13327: entry(13327, "Gather: Invalid speechTimeout value"),
  13335: entry(13335, "Gather: speechTimeout auto cannot be used with model default"),
  13338: entry(13338, "Gather: Invalid actionOnEmptyResult value"),
  14300: entry(14300, "Start: Invalid nested noun value"),
  16025: entry(16025, "Dial->Conference: Participant label is in use by another participant"),
  // Messaging replies
  14101: entry(14101, 'Invalid "To" attribute'),
  14102: entry(14102, 'Invalid "From" attribute'),
  14103: entry(14103, "Invalid Body"),
  14104: entry(14104, "Invalid Method attribute"),
  14105: entry(14105, "Invalid statusCallback attribute"),
  14106: entry(14106, "Document retrieval limit reached"),
  14107: entry(14107, "SMS send rate limit exceeded"),
  14108: entry(14108, "From phone number not SMS capable"),
  14109: entry(14109, "TwiML Reply message limit exceeded"),
  14110: entry(14110, "Invalid Verb for SMS Reply"),
  14111: entry(14111, "Invalid To phone number for Trial mode"),
  21617: entry(21617, "The concatenated message body exceeds the 1600 character limit"),
  21623: entry(21623, "Number of media files exceeds allowed limit")
};
function twilioError(code) {
  return TWILIO_ERRORS[code];
}

// server/src/services/validation/attributeValues.ts
var E164 = /^\+[1-9]\d{1,14}$/;
var CHANNEL = /^(whatsapp|messenger|rcs|sms|mms|client|sip):\S+$/i;
var SHORT_CODE = /^\d{3,8}$/;
var ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;
function checkValue(value, type) {
  switch (type.kind) {
    case "http-method":
      return checkMethod(value);
    case "boolean":
      return checkEnum(value, ["true", "false"], false);
    case "enum":
      return checkEnum(value, type.values, type.open === true);
    case "integer":
      return checkNumber(value, /^[+-]?\d+$/, "a whole number", type.min, type.max);
    case "decimal":
      return checkNumber(value, /^[+-]?(\d+\.?\d*|\.\d+)$/, "a number", type.min, type.max);
    case "url":
      return checkUrl(value, type.absoluteOnly === true, type.schemes);
    case "phone-number":
      return checkPhone(value, type.alsoAccepts ?? []);
    case "sid":
      return checkSid(value, type.prefix);
    case "sip-uri":
      return /^sips?:\S+$/i.test(value) ? void 0 : error(`Expected a SIP URI such as sip:alice@example.com, not "${value}".`);
    case "list":
      return checkList(value, type.separator, type.item);
    case "string":
      return type.maxLength !== void 0 && value.length > type.maxLength ? error(`At most ${type.maxLength} characters (this is ${value.length}).`) : void 0;
  }
}
function error(message, suggestions = []) {
  return { message, level: "error", suggestions };
}
var ENUM_SETS = /* @__PURE__ */ new WeakMap();
function enumSet(allowed) {
  let set = ENUM_SETS.get(allowed);
  if (!set) ENUM_SETS.set(allowed, set = new Set(allowed));
  return set;
}
function checkEnum(value, allowed, open) {
  if (enumSet(allowed).has(value)) return void 0;
  const sameCase = allowed.filter((candidate) => candidate.toLowerCase() === value.toLowerCase());
  const list = allowed.length <= 12 ? allowed.join(", ") : `${allowed.slice(0, 12).join(", ")}, ...`;
  if (open)
    return {
      message: `"${value}" is not a value we know (${list}). Twilio adds values over time, so check its docs.`,
      level: "hint",
      suggestions: sameCase
    };
  if (sameCase.length) return error(`Values are case-sensitive: write "${sameCase[0]}", not "${value}".`, sameCase);
  return error(`"${value}" is not allowed here. Use one of: ${list}.`);
}
function checkMethod(value) {
  const problem = checkEnum(value, ["GET", "POST"], false);
  if (problem && problem.suggestions.length)
    return {
      ...problem,
      level: "case",
      message: `Twilio documents the methods in upper case: write "${problem.suggestions[0]}", not "${value}".`
    };
  return problem;
}
function checkNumber(value, pattern, what, min, max) {
  const trimmed = value.trim();
  if (!pattern.test(trimmed)) return error(`Expected ${what}, not "${value}".`);
  const number = Number(trimmed);
  if (min !== void 0 && number < min) return error(`Must be at least ${min} (got ${trimmed}).`);
  if (max !== void 0 && number > max) return error(`Must be at most ${max} (got ${trimmed}).`);
  return void 0;
}
function checkUrl(value, absoluteOnly, schemes = ["http", "https"]) {
  const trimmed = value.trim();
  if (trimmed === "") return error("The URL is empty.");
  if (/\s/.test(trimmed)) return error(`A URL cannot contain spaces: "${value}". Encode them as %20.`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1];
  if (scheme) {
    if (!schemes.includes(scheme.toLowerCase()))
      return error(`Use a URL starting with ${schemes.map((s) => `${s}://`).join(" or ")}, not ${scheme}:.`);
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^:/?#\s[\]]+)(?::\d{1,5})?(?:[/?#]|$)/.test(
      trimmed
    )) {
      return error(`"${value}" is not a valid URL: expected ${scheme}://host/path.`);
    }
    return void 0;
  }
  if (absoluteOnly)
    return error(
      `Use an absolute URL starting with ${schemes.includes("https") ? "https" : schemes[0]}:// ("${value}" is relative).`
    );
  return void 0;
}
function checkPhone(value, alsoAccepts) {
  const trimmed = value.trim();
  if (E164.test(trimmed) || CHANNEL.test(trimmed) || SHORT_CODE.test(trimmed)) return void 0;
  if (alsoAccepts.includes("alphanumeric-sender") && ALPHANUMERIC_SENDER.test(trimmed)) return void 0;
  const digits = trimmed.replace(/[\s().-]/g, "");
  if (alsoAccepts.includes("local-format") && /^\+?\d{7,15}$/.test(digits)) {
    const e164 = digits.startsWith("+") ? digits : digits.length === 10 ? `+1${digits}` : void 0;
    return {
      level: "local",
      suggestions: e164 && E164.test(e164) ? [e164] : [],
      message: `"${value}" is not in E.164 form. Twilio tries to read locally formatted numbers for the country of your number, but E.164${e164 ? ` (${e164})` : ""} always works.`
    };
  }
  const hint = E164.test(digits) ? ` Write it without spaces or punctuation: ${digits}.` : /^\d{10,15}$/.test(digits) ? ` Add the country code with a "+", e.g. +${digits.length === 10 ? "1" : ""}${digits}.` : "";
  return error(
    `Expected an E.164 number such as +14155550100 or a channel address such as whatsapp:+14155550100, not "${value}".${hint}`
  );
}
function checkSid(value, prefix) {
  const trimmed = value.trim();
  const valid = /^[A-Z]{2}[0-9a-fA-F]{32}$/.test(trimmed) && (prefix === void 0 || trimmed.startsWith(prefix));
  return valid ? void 0 : error(`Expected a SID: ${prefix ?? "two letters"} followed by 32 hex digits.`);
}
function checkList(value, separator, item) {
  const items = value.split(separator === " " ? /\s+/ : /\s*,\s*/).filter((part) => part !== "");
  for (const part of items) {
    const problem = checkValue(part, item);
    if (problem) return problem;
  }
  return void 0;
}

// server/src/services/validation/fixes.ts
function renameElementFix(element, name) {
  const edits = [{ range: element.nameRange, newText: name }];
  if (element.endTagNameRange) edits.push({ range: element.endTagNameRange, newText: name });
  return { title: `Change to <${name}>`, edits };
}
function renameAttributeFix(attribute, name) {
  return { title: `Change to ${name}`, edits: [{ range: attribute.nameRange, newText: name }] };
}

// server/src/services/validation/attributeRules.ts
var attributeRule = (doc, report) => {
  for (const element of doc.elements) {
    const spec = doc.resolved.get(element)?.spec;
    if (!spec) continue;
    for (const attribute of element.attributes) checkAttribute(spec, element, attribute, doc.template, report);
    for (const required of requiredAttributes(spec)) {
      if (!attributeNamed(element, required.name) && !hasCaseVariant(element, required.name)) {
        report({
          rule: "missing-attribute",
          range: element.nameRange,
          message: `<${spec.name}> needs the ${required.name} attribute.`
        });
      }
    }
  }
};
var REQUIRED = /* @__PURE__ */ new WeakMap();
function requiredAttributes(spec) {
  let required = REQUIRED.get(spec);
  if (!required) REQUIRED.set(spec, required = spec.attributes.filter((attribute) => attribute.required));
  return required;
}
function hasCaseVariant(element, name) {
  return element.attributes.some((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
}
function isXmlAttribute(name) {
  return name === "xmlns" || name.startsWith("xmlns:") || name.startsWith("xml:");
}
function checkAttribute(spec, element, attribute, template, report) {
  if (isXmlAttribute(attribute.name)) return;
  const exact = findAttribute(spec, attribute.name);
  if (exact) return checkKnownAttribute(spec, element, exact, attribute, template, report);
  const sameCaseName = caseInsensitiveAttribute(spec, attribute.name);
  const sameCase = sameCaseName === void 0 ? void 0 : findAttribute(spec, sameCaseName);
  if (sameCase) {
    report({
      rule: "attribute-case",
      range: attribute.nameRange,
      message: `Attribute names are case-sensitive camelCase: write ${sameCase.name}, not ${attribute.name}.`,
      fixes: [{ ...renameAttributeFix(attribute, sameCase.name), isPreferred: true, group: "case" }]
    });
    return checkKnownAttribute(spec, element, sameCase, attribute, template, report);
  }
  const guesses = suggest(
    attribute.name,
    spec.attributes.map((candidate) => candidate.name)
  ).slice(0, 3);
  const known = spec.attributes.length ? spec.attributes.map((candidate) => candidate.name).join(", ") : "none";
  report({
    rule: "unknown-attribute",
    range: attribute.nameRange,
    message: `<${spec.name}> has no attribute "${attribute.name}"; Twilio ignores it.` + (guesses.length ? ` Did you mean "${guesses[0]}"?` : ` Known attributes: ${known}.`),
    fixes: guesses.map((name, index) => ({ ...renameAttributeFix(attribute, name), isPreferred: index === 0 }))
  });
}
var VALUE_CODES = {
  "Message.to": 14101,
  "Message.from": 14102,
  "Message.method": 14104,
  "Message.statusCallback": 14105,
  "Dial.method": 13210,
  "Gather.speechTimeout": 13327,
  "Gather.actionOnEmptyResult": 13338
};
var CHECKED_WITH_ANOTHER = /* @__PURE__ */ new Set(["Say.language"]);
var SIP_CALLER_ID = /^[A-Za-z0-9+\-_.]+$/;
function checkKnownAttribute(spec, element, attributeSpec, attribute, template, report) {
  if (attributeSpec.deprecated) {
    report({
      rule: "deprecated-attribute",
      range: attribute.nameRange,
      deprecated: true,
      message: `${attributeSpec.name} is deprecated: ${attributeSpec.deprecated}`
    });
  }
  if (attribute.value === void 0 || !attribute.valueRange) return;
  if (isTemplated(template, attribute.value)) return;
  const key = `${spec.name}.${attributeSpec.name}`;
  if (CHECKED_WITH_ANOTHER.has(key)) return;
  const problem = key === "Dial.callerId" && childElements(element).some((child) => child.name === "Sip") ? checkSipCallerId(attribute.value) : checkValue(attribute.value, attributeSpec.type);
  if (!problem) return;
  const range2 = attribute.valueRange.end > attribute.valueRange.start ? attribute.valueRange : attribute.nameRange;
  report({
    rule: VALUE_RULE[problem.level],
    range: range2,
    twilioCode: VALUE_CODES[`${spec.name}.${attributeSpec.name}`],
    message: `${attributeSpec.name}: ${problem.message}`,
    fixes: problem.suggestions.map((value, index) => ({
      title: `Change to "${value}"`,
      edits: [{ range: range2, newText: value }],
      isPreferred: index === 0
    }))
  });
}
var VALUE_RULE = {
  error: "invalid-attribute-value",
  hint: "unknown-attribute-value",
  case: "method-case",
  local: "phone-local-format"
};
function checkSipCallerId(value) {
  if (SIP_CALLER_ID.test(value)) return void 0;
  return {
    level: "error",
    suggestions: [],
    message: `When the <Dial> calls a <Sip>, the caller ID may be any string of letters, digits and + - _ . without spaces, not "${value}".`
  };
}

// server/src/services/validation/elementRules.ts
var elementRule = (doc, report) => {
  for (const element of doc.elements) {
    const resolved = doc.resolved.get(element);
    if (element === doc.root || !element.parent) {
      if (resolved.spec) checkText(element, resolved.spec, doc.template, report);
      continue;
    }
    if (resolved.correctName) reportCase(element, resolved.correctName, report);
    else if (!resolved.spec) reportUnknown(doc, element, report);
    if (!resolved.spec) continue;
    if (resolved.otherDialect && !insideKnownVerb(doc, element)) reportOtherDialect(doc, element, resolved, report);
    else checkParent(doc, element, resolved.spec, report, resolved.otherDialect !== void 0);
    checkText(element, resolved.spec, doc.template, report);
    if (resolved.spec.deprecated) reportDeprecated(element, resolved.spec, report);
  }
};
function reportCase(element, correct, report) {
  report({
    rule: "element-case",
    range: element.nameRange,
    message: `TwiML is case-sensitive: write <${correct}>, not <${element.name}>.`,
    fixes: [{ ...renameElementFix(element, correct), isPreferred: true, group: "case" }]
  });
}
function reportUnknown(doc, element, report) {
  const parentSpec = element.parent ? doc.resolved.get(element.parent)?.spec : void 0;
  const guesses = guessesFor(element.name, parentSpec, doc.dialect.dialect);
  const hint = guesses.length ? ` Did you mean <${guesses[0]}>?` : ` ${describeAllowed(parentSpec)}`;
  report({
    rule: "unknown-element",
    range: element.nameRange,
    message: `<${element.name}> is not a TwiML ${doc.dialect.dialect} element.${hint}`,
    fixes: guesses.map((name, index) => ({ ...renameElementFix(element, name), isPreferred: index === 0 }))
  });
}
var guessCache = /* @__PURE__ */ new Map();
function guessesFor(name, parentSpec, dialect) {
  const key = `${dialect}\0${parentSpec ? `${parentSpec.dialect}:${parentSpec.id}` : ""}\0${name}`;
  let guesses = guessCache.get(key);
  if (!guesses) {
    const candidates = parentSpec?.children.length ? [...parentSpec.children] : allElementNames(dialect);
    guesses = suggest(name, candidates).slice(0, 3);
    if (guessCache.size >= 1e4) guessCache.clear();
    guessCache.set(key, guesses);
  }
  return guesses;
}
function describeAllowed(parentSpec) {
  if (!parentSpec) return "";
  if (parentSpec.children.length === 0) return `<${parentSpec.name}> takes no child elements.`;
  return `<${parentSpec.name}> accepts ${parentSpec.children.map((name) => `<${name}>`).join(", ")}.`;
}
function reportOtherDialect(doc, element, resolved, report) {
  const here = doc.dialect.dialect;
  const evidence = doc.dialect.source === "detected" && doc.dialect.evidence?.length ? `it uses ${doc.dialect.evidence.map((name) => `<${name}>`).join(", ")}` : DIALECT_REASON[doc.dialect.source];
  report({
    rule: "wrong-dialect",
    range: element.nameRange,
    twilioCode: here === "messaging" ? 14110 : void 0,
    message: `<${resolved.correctName ?? element.name}> is a ${resolved.otherDialect} ${resolved.spec?.kind ?? "element"}, but this is ${here} TwiML (${evidence}).`
  });
}
var DIALECT_REASON = {
  comment: "set by the <!-- twiml: ... --> comment",
  setting: "set by the twiml.dialect setting",
  detected: "detected from the verbs it uses",
  default: "the default"
};
function insideKnownVerb(doc, element) {
  const parent = element.parent;
  if (!parent || parent === doc.root) return false;
  const resolved = doc.resolved.get(parent);
  return resolved?.spec !== void 0 && resolved.otherDialect === void 0;
}
function checkParent(doc, element, spec, report, otherDialect2 = false) {
  const parent = element.parent;
  const parentResolved = doc.resolved.get(parent);
  if (!parentResolved?.spec || parentResolved.otherDialect) return;
  const name = effectiveName(element, doc.resolved);
  const parentName = effectiveName(parent, doc.resolved);
  if (parentResolved.spec.children.includes(name)) return;
  const where = spec.parents.length && !otherDialect2 ? ` It belongs in ${spec.parents.map((p) => `<${p}>`).join(" or ")}.` : "";
  const kind = spec.kind === "verb" && parentName !== "Response" ? "Verbs cannot be nested in other verbs." : "";
  report({
    rule: "invalid-nesting",
    range: element.nameRange,
    twilioCode: NESTING_ERROR_CODES[parentName],
    message: `<${parentName}> does not accept <${name}>.${where} ${kind}`.trim()
  });
}
function checkText(element, spec, template, report) {
  if (!spec.text.allowed) {
    for (const child of element.children) {
      if (child.type !== "text" || child.value.trim() === "") continue;
      if (!child.cdata && isOnlyPlaceholders(template, child.value)) continue;
      const lead = child.value.length - child.value.trimStart().length;
      const start = child.cdata ? child.start : child.start + lead;
      report({
        rule: "text-not-allowed",
        range: { start, end: Math.min(child.end, start + Math.max(1, child.value.trim().length)) },
        message: `<${spec.name}> takes no text${spec.children.length ? `; put it in ${spec.children.map((c) => `<${c}>`).join(" or ")}` : ""}.`
      });
      return;
    }
    return;
  }
  const text3 = directText(element);
  if (spec.text.required && text3.trim() === "" && !element.children.some((c) => c.type === "element")) {
    const undocumented = spec.text.required === "warning";
    report({
      rule: "missing-text",
      range: element.nameRange,
      severity: undocumented ? "warning" : void 0,
      message: `<${spec.name}> needs ${spec.text.meaning ? `its ${spec.text.meaning.toLowerCase()}` : "text content"} between the tags.` + (undocumented ? " An empty URL resolves to this document's own URL; Twilio's page does not say what it does with one." : "")
    });
  }
  checkTextLength(element, spec, text3, template, report);
}
function checkTextLength(element, spec, text3, template, report) {
  const max = spec.text.maxLength;
  if (max === void 0 || spec.dialect === "messaging") return;
  const trimmed = text3.trim();
  if (trimmed.length <= max || isTemplated(template, trimmed)) return;
  report({
    rule: "text-too-long",
    range: element.nameRange,
    message: `<${spec.name}> takes at most ${max} characters between its tags; this is ${trimmed.length}.`
  });
}
function reportDeprecated(element, spec, report) {
  const replacement = spec.deprecated?.replacement;
  report({
    rule: "deprecated-element",
    range: element.nameRange,
    deprecated: true,
    message: `<${element.name}> is deprecated${replacement ? `: use <${replacement}>` : ""}. ${spec.deprecated?.note ?? ""}`.trim(),
    fixes: replacement ? [{ ...renameElementFix(element, replacement), isPreferred: true }] : void 0
  });
}

// server/src/services/validation/internalError.ts
function internalErrorMessage(what) {
  return `TwiML Tools bug: ${what} failed on this document, so its checks are missing here (the others still ran). This is not a problem in your TwiML: please report it on the TwiML Tools issue tracker with the stack from the "TwiML Language Server" output. Set "internal-error": "off" in twiml.rules to hide this.`;
}
function internalErrorFinding(what) {
  return { rule: "internal-error", range: { start: 0, end: 0 }, message: internalErrorMessage(what) };
}

// server/src/services/validation/messagingRules.ts
var messagingRule = (doc, report) => {
  const messages = doc.elements.filter(
    (element) => doc.resolved.get(element)?.spec?.name === "Message" && element.name === "Message"
  );
  for (const message of messages) checkMessage(message, doc.template, report);
  const counted = doc.template ? messages.filter((message) => !inLoop(doc.template, message.start)) : messages;
  if (counted.length > MAX_MESSAGES) {
    const extra = counted[MAX_MESSAGES];
    report({
      rule: "too-many-messages",
      range: extra.nameRange,
      message: `Twilio sends at most ${MAX_MESSAGES} replies to one incoming message; this is <Message> number ${MAX_MESSAGES + 1} of ${counted.length}. Combine messages or send the rest with the REST API.`
    });
  }
  checkDocumentSize(doc, report);
};
function checkMessage(message, template, report) {
  const media = childElements(message).filter((child) => child.name === "Media");
  const written = messageBody(message);
  const body = template ? withoutPlaceholders(written) : written;
  if (body.length > MAX_BODY) {
    report({
      rule: "message-body-too-long",
      range: message.nameRange,
      message: `The message body is ${body.length} characters; Twilio's limit is ${MAX_BODY}. Shorten it or split it into several <Message> verbs.`
    });
  } else if (body.length > RECOMMENDED_BODY) {
    report({
      rule: "message-body-long",
      range: message.nameRange,
      message: `The message body is ${body.length} characters; Twilio recommends ${RECOMMENDED_BODY} at most so it arrives in few segments.`
    });
  }
  const holdsOthers = childElements(message).some((child) => !["body", "media"].includes(child.name.toLowerCase()));
  if (written === "" && media.length === 0 && !holdsOthers) {
    report({
      rule: "message-empty",
      range: message.nameRange,
      message: "This <Message> has no body and no <Media>: Twilio cannot send it. Add text or a <Media> URL."
    });
  }
  if (media.length > MAX_MEDIA) {
    report({
      rule: "too-many-media",
      range: media[MAX_MEDIA].nameRange,
      message: `A message carries at most ${MAX_MEDIA} <Media>; this one has ${media.length}. Send the rest in another <Message>.`
    });
  }
  for (const item of media) checkMediaUrl(item, template, report);
  checkCallbacks(message, template, report);
}
function checkMediaUrl(media, template, report) {
  const url2 = directText(media).trim();
  if (url2 === "") return;
  if (isTemplated(template, url2)) return;
  const problem = checkUrl(url2, true);
  if (!problem) return;
  const text3 = media.children.find((child) => child.type === "text" && child.value.trim() !== "");
  const lead = text3 && text3.type === "text" && !text3.cdata ? text3.value.length - text3.value.trimStart().length : 0;
  const range2 = text3 ? { start: text3.start + lead, end: text3.start + lead + url2.length } : media.nameRange;
  report({
    rule: "media-url",
    range: range2,
    message: `Twilio fetches media itself, so it needs an absolute http(s) URL: ${problem.message}`
  });
}
function checkCallbacks(message, template, report) {
  const action = attributeNamed(message, "action");
  const statusCallback = attributeNamed(message, "statusCallback");
  if (!action?.value || !statusCallback?.value || action.value.trim() === statusCallback.value.trim()) return;
  if (isTemplated(template, action.value) || isTemplated(template, statusCallback.value)) return;
  report({
    rule: "action-status-callback-mismatch",
    range: statusCallback.valueRange ?? statusCallback.nameRange,
    message: "action and statusCallback point at different URLs, which Twilio calls undefined behaviour: set both to the same URL.",
    fixes: [
      {
        title: "Use the action URL for statusCallback",
        edits: [{ range: statusCallback.valueRange ?? statusCallback.nameRange, newText: action.value.trim() }]
      }
    ]
  });
}
function checkDocumentSize(doc, report) {
  const text3 = doc.xml.text;
  if (text3.length * 3 <= MAX_DOCUMENT_BYTES) return;
  const bytes = Buffer.byteLength(text3, "utf8");
  if (bytes <= MAX_DOCUMENT_BYTES) return;
  const range2 = doc.root ? doc.root.nameRange : { start: 0, end: Math.min(1, text3.length) };
  report({
    rule: "document-too-large",
    range: range2,
    message: `This TwiML is ${(bytes / 1024).toFixed(1)} kB; Twilio rejects documents over 64 kB. Send less per reply.`
  });
}

// server/src/services/validation/reachabilityRules.ts
var reachabilityRule = (doc, report) => {
  const unreachable = [...doc.flow.unreachable.entries()];
  if (unreachable.length === 0) return;
  const [firstVerb, transfer] = unreachable[0];
  const removal = removeAllFix(
    doc,
    unreachable.map(([verb]) => verb)
  );
  report({
    rule: "unreachable-verb",
    range: firstVerb.nameRange,
    message: `<${firstVerb.name}> never runs: ${describeTransfer(doc, transfer)}. Remove the verbs after it or move them before it.`,
    related: {
      range: transfer.verb.nameRange,
      message: `Control leaves the document at this <${transfer.verb.name}>.`
    },
    fixes: [removal]
  });
  for (const [verb] of unreachable) {
    report({
      rule: "unreachable-code",
      range: { start: verb.start, end: verb.end },
      message: `Unreachable: <${verb.name}> never runs.`,
      unnecessary: true,
      fixes: [removal]
    });
  }
};
function removeAllFix(doc, verbs) {
  const first = verbs[0];
  const last = verbs[verbs.length - 1];
  let start = first.start;
  while (start > 0 && /[ \t]/.test(doc.xml.text[start - 1])) start--;
  if (start > 0 && doc.xml.text[start - 1] === "\n") start--;
  if (start > 0 && doc.xml.text[start - 1] === "\r") start--;
  return {
    title: `Remove ${verbs.length === 1 ? "the unreachable verb" : `the ${verbs.length} unreachable verbs`}`,
    edits: [{ range: { start, end: last.end }, newText: "" }],
    isPreferred: true
  };
}

// server/src/services/validation/rootRules.ts
var rootRule = (doc, report) => {
  const roots = rootElements(doc.xml);
  if (roots.length === 0) {
    const end = Math.min(doc.xml.text.length, Math.max(1, doc.xml.text.search(/\S|$/) + 1));
    report({
      rule: "root-missing",
      range: { start: 0, end },
      message: "A TwiML document needs a <Response> root element: <Response></Response>."
    });
    return;
  }
  const [root, ...extra] = roots;
  if (root.name !== "Response") {
    if (root.name.toLowerCase() === "response") {
      report({
        rule: "root-invalid",
        range: root.nameRange,
        message: `TwiML is case-sensitive: write <Response>, not <${root.name}>.`,
        fixes: [{ ...renameElementFix(root, "Response"), isPreferred: true, group: "case" }]
      });
    } else {
      report({
        rule: "root-invalid",
        range: root.nameRange,
        message: `The root element must be <Response>, not <${root.name}>. Wrap the verbs in <Response>...</Response>.`
      });
    }
  }
  for (const other of extra) {
    report({
      rule: "root-multiple",
      range: other.nameRange,
      message: `Only one root element is allowed: move <${other.name}> inside the first <${root.name}>.`
    });
  }
};

// server/src/services/validation/ruleTable.ts
var ERRORS = "https://www.twilio.com/docs/api/errors";
var MESSAGE = "https://www.twilio.com/docs/messaging/twiml/message";
var MESSAGING = "https://www.twilio.com/docs/messaging/twiml";
var VOICE = "https://www.twilio.com/docs/voice/twiml";
var syntax = (summary) => ({
  severity: "error",
  twilioCode: 12100,
  summary,
  source: `${ERRORS}/12100`
});
var RULES = {
  "xml-unclosed-tag": syntax("An element, end tag or start tag is not closed."),
  "xml-mismatched-tag": syntax("An end tag does not match the open element."),
  "xml-unquoted-attribute": syntax("An attribute value without quotes."),
  "xml-attribute-without-value": syntax("An attribute with no value."),
  "xml-unclosed-attribute-value": syntax("An attribute value with no closing quote."),
  "xml-unescaped-ampersand": syntax('A bare "&" that should be "&amp;".'),
  "xml-unknown-entity": syntax("An entity reference XML does not define."),
  "xml-unescaped-lt": syntax('A bare "<" that should be "&lt;".'),
  "xml-duplicate-attribute": syntax("The same attribute twice on one element."),
  "xml-declaration-position": syntax("Anything before the XML declaration."),
  "xml-content-before-root": syntax("Text before the root element."),
  "xml-content-after-root": syntax("Text after the root element."),
  "xml-unclosed-markup": syntax("A comment, CDATA section or processing instruction that is not closed."),
  "xml-invalid-character": syntax("A character that cannot appear inside a tag."),
  "xml-not-well-formed": syntax("Any other well-formedness error reported by the XML parser."),
  "xml-doctype": {
    severity: "error",
    twilioCode: 12100,
    summary: "A DOCTYPE; its entities are never expanded or fetched.",
    source: `${ERRORS}/12100`
  },
  "root-missing": {
    severity: "error",
    twilioCode: 12102,
    summary: "The document has no <Response> root.",
    source: `${ERRORS}/12102`
  },
  "root-invalid": {
    severity: "error",
    twilioCode: 12102,
    summary: "The root element is not <Response>; no other finding is reported under it.",
    source: `${ERRORS}/12102`
  },
  "root-multiple": {
    severity: "error",
    twilioCode: 12102,
    summary: "More than one root element.",
    source: `${ERRORS}/12102`
  },
  "element-case": {
    severity: "error",
    twilioCode: 12200,
    summary: "A known element written in the wrong case.",
    source: MESSAGING
  },
  "attribute-case": {
    severity: "error",
    twilioCode: 12200,
    summary: "A known attribute written in the wrong case.",
    source: MESSAGING
  },
  "unknown-element": {
    severity: "error",
    twilioCode: 12200,
    summary: "An element TwiML does not define.",
    source: `${ERRORS}/12200`
  },
  "unknown-attribute": {
    severity: "warning",
    twilioCode: 12200,
    summary: "An attribute the element does not define.",
    source: `${ERRORS}/12200`
  },
  "invalid-nesting": {
    severity: "error",
    twilioCode: 12200,
    summary: "An element where its parent does not accept it.",
    source: `${ERRORS}/12200`
  },
  "wrong-dialect": {
    severity: "error",
    twilioCode: 12200,
    summary: "A voice verb in a messaging reply, or a messaging verb in a voice document.",
    source: `${ERRORS}/14110`
  },
  "text-not-allowed": {
    severity: "error",
    twilioCode: 12200,
    summary: "Text inside an element that takes none.",
    source: `${ERRORS}/12200`
  },
  "missing-text": {
    severity: "error",
    twilioCode: 12200,
    summary: "An element that needs text content has none (an empty <Redirect>: Warning).",
    source: `${ERRORS}/12200`
  },
  "text-too-long": {
    severity: "error",
    twilioCode: 12200,
    summary: "Text longer than the element's page allows (queue name 64, client identity 256, SIP URI 255).",
    source: `${VOICE}/enqueue`
  },
  "missing-attribute": {
    severity: "error",
    twilioCode: 12200,
    summary: "An attribute the element's page marks required is missing.",
    source: `${VOICE}/connect/conversationrelay`
  },
  "unreachable-verb": {
    severity: "warning",
    summary: "A verb after one that hands control elsewhere; Twilio never runs it.",
    source: `${MESSAGING}/redirect`
  },
  "unreachable-code": {
    severity: "hint",
    summary: "Faded span of every verb Twilio never runs.",
    source: `${MESSAGING}/redirect`
  },
  "invalid-attribute-value": {
    severity: "error",
    twilioCode: 12200,
    summary: "An attribute value of the wrong type or outside its allowed set.",
    source: `${ERRORS}/12200`
  },
  "unknown-attribute-value": {
    severity: "hint",
    summary: "A value not in a list that keeps growing (voices, languages).",
    source: `${VOICE}/say`
  },
  "method-case": {
    severity: "warning",
    summary: 'An HTTP method in lower or mixed case ("post"); the pages list GET and POST only.',
    source: `${ERRORS}/14104`
  },
  "phone-local-format": {
    severity: "hint",
    summary: "A locally formatted number in <Message to/from>, which Twilio tries to read; E.164 always works.",
    source: `${MESSAGE}#to`
  },
  "say-voice-language": {
    severity: "hint",
    summary: "A <Say> language the chosen voice does not speak.",
    source: `${VOICE}/say`
  },
  "say-empty": {
    severity: "warning",
    summary: "A <Say> with no text: the caller hears nothing.",
    source: `${VOICE}/say`
  },
  "dial-empty": {
    severity: "warning",
    summary: "A <Dial> with neither a number nor a noun: nothing to dial.",
    source: `${VOICE}/dial`
  },
  "dial-sip-text": {
    severity: "warning",
    summary: "A sip: address as bare <Dial> text; it needs the <Sip> noun.",
    source: `${VOICE}/sip`
  },
  "number-invalid": {
    severity: "error",
    summary: "<Number> (or bare <Dial>) text that cannot be a phone number.",
    source: `${VOICE}/number`
  },
  "reject-not-first": {
    severity: "warning",
    summary: "<Reject> after another verb: Twilio has already answered the call.",
    source: `${VOICE}/reject`
  },
  "deprecated-element": { severity: "warning", summary: "A deprecated element.", source: `${VOICE}/sms` },
  "deprecated-attribute": { severity: "information", summary: "A deprecated attribute.", source: `${VOICE}/gather` },
  "message-body-too-long": {
    severity: "error",
    twilioCode: 21617,
    summary: "A message body over 1,600 characters.",
    source: `${ERRORS}/21617`
  },
  "message-body-long": {
    severity: "information",
    summary: "A message body over 320 characters (Twilio recommends 320 at most).",
    source: "https://support.twilio.com/hc/en-us/articles/360033806753"
  },
  "message-empty": {
    severity: "error",
    twilioCode: 14103,
    summary: "A <Message> with neither body nor media.",
    source: `${ERRORS}/14103`
  },
  "too-many-media": {
    severity: "error",
    twilioCode: 21623,
    summary: "More than 10 <Media> in one message.",
    source: MESSAGE
  },
  "too-many-messages": {
    severity: "error",
    twilioCode: 14109,
    summary: "More than 10 <Message> verbs in one reply.",
    source: `${ERRORS}/14109`
  },
  "media-url": { severity: "error", summary: "A media URL that is not an absolute http(s) URL.", source: MESSAGE },
  "action-status-callback-mismatch": {
    severity: "warning",
    summary: "<Message> action and statusCallback set to different URLs.",
    source: MESSAGE
  },
  "document-too-large": {
    severity: "error",
    twilioCode: 11750,
    summary: "A TwiML document over 64 kB.",
    source: `${ERRORS}/11750`
  },
  "start-is-last": {
    severity: "warning",
    summary: "An asynchronous <Start> as the last verb: the call disconnects at once.",
    source: `${VOICE}/stream`
  },
  "unknown-rule": {
    severity: "warning",
    summary: "A rule id in twiml.rules, .twimlrc.json, --rule or a twiml-disable comment that no rule has.",
    source: "https://www.twilio.com/docs/voice/twiml"
  },
  "too-many-diagnostics": {
    severity: "information",
    summary: "Summary of diagnostics left out above the cap.",
    source: "https://www.twilio.com/docs/voice/twiml"
  },
  // Our own bug, not the user's: a Warning (never an Error) so the missing checks are noticed,
  // and a rule like any other so `twiml.rules` / `.twimlrc.json` can turn it off.
  "analysis-limit": {
    severity: "information",
    summary: "A code file too large for TwiML Tools to read in full (over 512 kB, or over 1,000 TwiML strings): the message says what is not checked (not a Twilio rule)."
  },
  "internal-error": {
    severity: "warning",
    summary: "A TwiML Tools bug: a rule or a host reader failed on this document, so its checks are missing (not a Twilio rule)."
  }
};
var RULE_IDS = Object.keys(RULES);
function isRuleId(id) {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}

// server/src/services/validation/ruleConfig.ts
var LEVELS = ["off", "error", "warning", "information", "hint"];
var NO_DISABLE_FIX = /* @__PURE__ */ new Set([
  "unreachable-code",
  "too-many-diagnostics",
  "unknown-rule",
  "internal-error"
]);
var DIRECTIVE = /^\s*twiml-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;
function commentsOf(doc) {
  const comments = [];
  const visit = (nodes) => {
    for (const node of nodes) if (node.type === "comment") comments.push(node);
  };
  visit(doc.xml.children);
  for (const element of doc.elements) visit(element.children);
  return comments.sort((a, b) => a.start - b.start);
}
function applyRuleConfig(doc, findings, levels) {
  const out = [];
  const problems = [];
  const resolved = resolveLevels(levels, problems);
  const suppressions = readDirectives(doc, problems);
  for (const finding of [...findings, ...problems]) {
    const level = resolved.get(finding.rule);
    if (level === "off") continue;
    if (suppressions.length && isSuppressed(doc, finding, suppressions)) continue;
    out.push(level ? { ...finding, severity: level } : finding);
  }
  return out;
}
function resolveLevels(levels, problems) {
  const resolved = /* @__PURE__ */ new Map();
  if (!levels) return resolved;
  for (const [id, level] of Object.entries(levels)) {
    if (!isRuleId(id)) {
      problems.push(
        unknownRule(id, { start: 0, end: 0 }, "in the rule settings (twiml.rules, .twimlrc.json or --rule)")
      );
      continue;
    }
    const normalized = typeof level === "string" ? normalizeLevel(level) : void 0;
    if (!normalized) {
      problems.push({
        rule: "unknown-rule",
        range: { start: 0, end: 0 },
        message: `The rule settings set ${id} to ${JSON.stringify(level)}; use one of ${LEVELS.join(", ")}.`
      });
      continue;
    }
    resolved.set(id, normalized);
  }
  return resolved;
}
function normalizeLevel(level) {
  const lower = level.trim().toLowerCase();
  if (lower === "warn") return "warning";
  if (lower === "info") return "information";
  return LEVELS.includes(lower) ? lower : void 0;
}
function unknownRule(id, range2, where) {
  return { rule: "unknown-rule", range: range2, message: unknownRuleMessage(id, where) };
}
function unknownRuleMessage(id, where) {
  const guesses = suggest(id, RULE_IDS);
  return `There is no TwiML rule "${id}" ${where}.${guesses.length ? ` Did you mean "${guesses[0]}"?` : ""} Rules: ${RULE_IDS.join(", ")}.`;
}
function directiveRuleIds(text3) {
  return text3.split(/\s--\s/)[0].split(/[\s,]+/).filter((id) => id !== "");
}
function readDirectives(doc, problems) {
  const suppressions = [];
  const open = /* @__PURE__ */ new Map();
  for (const comment of commentsOf(doc)) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const [, kind, rest] = match;
    const rules = parseRuleList(rest, comment, problems);
    if (rules === null) continue;
    if (kind === "disable-next-line") {
      suppressions.push({ rules, line: doc.lineAt(comment.end) + 1 });
    } else if (kind === "disable") {
      for (const id of rules ?? ["*"]) if (!open.has(id)) open.set(id, comment.end);
    } else {
      for (const id of rules ?? [...open.keys()]) {
        const start = open.get(id);
        if (start === void 0) continue;
        open.delete(id);
        suppressions.push({ rules: id === "*" ? void 0 : /* @__PURE__ */ new Set([id]), start, end: comment.start });
      }
    }
  }
  for (const [id, start] of open)
    suppressions.push({ rules: id === "*" ? void 0 : /* @__PURE__ */ new Set([id]), start, end: Number.MAX_SAFE_INTEGER });
  return suppressions;
}
function parseRuleList(text3, comment, problems) {
  const ids = directiveRuleIds(text3);
  if (ids.length === 0) return void 0;
  const known = /* @__PURE__ */ new Set();
  for (const id of ids) {
    if (isRuleId(id)) known.add(id);
    else problems.push(unknownRule(id, { start: comment.start, end: comment.end }, "in this comment"));
  }
  return known.size ? known : null;
}
function isSuppressed(doc, finding, suppressions) {
  if (finding.rule === "unknown-rule") return false;
  let line;
  for (const suppression of suppressions) {
    if (suppression.rules && !suppression.rules.has(finding.rule)) continue;
    if (suppression.line !== void 0) {
      line ??= doc.lineAt(finding.range.start);
      if (line === suppression.line) return true;
    } else if (suppression.start !== void 0 && suppression.end !== void 0 && finding.range.start >= suppression.start && finding.range.start < suppression.end) {
      return true;
    }
  }
  return false;
}
function disableFixer(doc) {
  let inStartTag;
  let comments;
  let lineStarts;
  return (finding) => {
    if (NO_DISABLE_FIX.has(finding.rule)) return void 0;
    const text3 = doc.xml.text;
    lineStarts ??= computeLineStarts(text3);
    const lineStart = lineStarts[lineOf(Math.min(finding.range.start, text3.length), lineStarts)] ?? 0;
    let at = lineStart;
    while (at < text3.length && (text3[at] === " " || text3[at] === "	")) at++;
    const declaration = doc.xml.declaration;
    if (declaration && at < declaration.end) return void 0;
    if ((inStartTag ??= startTagLookup(doc))(at)) return void 0;
    if ((comments ??= commentsOf(doc)).some((comment) => comment.start < at && at < comment.end)) return void 0;
    const indent = text3.slice(lineStart, at);
    return {
      title: `Disable ${finding.rule} for this line`,
      edits: [
        { range: { start: at, end: at }, newText: `<!-- twiml-disable-next-line ${finding.rule} -->
${indent}` }
      ]
    };
  };
}
function startTagLookup(doc) {
  const elements = doc.elements;
  return (offset) => {
    let low = 0, high = elements.length - 1, found = -1;
    while (low <= high) {
      const middle = low + high >> 1;
      if (elements[middle].start < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && offset < elements[found].startTagEnd;
  };
}

// server/src/services/validation/syntaxRules.ts
var syntaxRule = (doc, report) => {
  for (const problem of doc.xml.problems) {
    const rule = problem.code in RULES ? problem.code : "xml-not-well-formed";
    report({ rule, range: problem.range, message: problem.message });
  }
  const doctype = doc.xml.doctype;
  if (doctype) {
    const what = doctype.declaresEntities ? "declares entities, which are never expanded (an entity-expansion attack would hang other parsers)" : doctype.hasExternalId ? "points at an external DTD, which is never fetched" : "is not part of TwiML";
    report({
      rule: "xml-doctype",
      range: { start: doctype.range.start, end: Math.min(doctype.range.end, doctype.range.start + 9) },
      message: `Remove the <!DOCTYPE>: it ${what}. TwiML documents need no DOCTYPE.`,
      fixes: [{ title: "Remove the DOCTYPE", edits: [{ range: doctype.range, newText: "" }] }]
    });
  }
};

// server/src/services/validation/voiceRules.ts
var voiceRule = (doc, report) => {
  if (doc.dialect.dialect !== "voice" || !doc.root) return;
  const verbs = childElements(doc.root);
  const last = verbs[verbs.length - 1];
  const after = last ? doc.root.children.slice(doc.root.children.indexOf(last) + 1) : [];
  const mayContinue = after.some((node) => node.type === "text" && isTemplated(doc.template, node.value));
  if (last && last.name === "Start" && !mayContinue) {
    report({
      rule: "start-is-last",
      range: last.nameRange,
      message: "<Start> runs in the background and Twilio moves straight on: with no verb after it the call hangs up at once. Add a verb after it (e.g. <Pause> or <Say>)."
    });
  }
  for (const element of doc.elements) {
    const resolved = doc.resolved.get(element);
    if (!resolved?.spec || resolved.otherDialect || resolved.correctName) continue;
    switch (resolved.spec.id) {
      case "Say":
        checkSay(doc, element, report);
        break;
      case "Dial":
        checkDial(doc, element, report);
        break;
      case "Number":
        checkNumber2(doc, element, report);
        break;
      default:
        break;
    }
  }
  checkReject(doc, verbs, report);
};
function hasElementChildren(element) {
  return element.children.some((child) => child.type === "element");
}
function checkSay(doc, say, report) {
  if (!hasElementChildren(say) && directText(say).trim() === "") {
    report({
      rule: "say-empty",
      range: say.nameRange,
      message: "<Say> speaks the text between its tags, and this one has none: the caller hears nothing. Add the text to speak, or remove the <Say>."
    });
  }
  checkVoiceLanguage(doc, say, report);
}
var BASIC = new Set(BASIC_VOICE_LANGUAGES);
var ALICE = new Set(ALICE_LANGUAGES.map((language) => language.toLowerCase()));
var ANY_LANGUAGE = new Set(SAY_LANGUAGES.map((language) => language.toLowerCase()));
function languagesOf(voice) {
  if (voice === "man" || voice === "woman") return BASIC;
  if (voice === "alice") return ALICE;
  const google = /^Google\.([a-z]{2,3}-[A-Z]{2})-/.exec(voice);
  if (google) return /* @__PURE__ */ new Set([google[1].toLowerCase()]);
  const polly = /^Polly\.([A-Za-z]+)(?:-Neural|-Generative|-LongForm)?$/.exec(voice);
  const languages = polly ? POLLY_VOICE_LANGUAGES[polly[1]] : void 0;
  return languages ? new Set(languages.map((language) => language.toLowerCase())) : void 0;
}
function spokenAsWritten(voice) {
  const google = /^Google\.([a-z]{2,3}-[A-Z]{2})-/.exec(voice);
  if (google) return [google[1]];
  const polly = /^Polly\.([A-Za-z]+)/.exec(voice);
  return polly && POLLY_VOICE_LANGUAGES[polly[1]] || [];
}
function checkVoiceLanguage(doc, say, report) {
  const language = attributeNamed(say, "language");
  if (language?.value === void 0 || !language.valueRange || isTemplated(doc.template, language.value)) return;
  const voiceAttribute = attributeNamed(say, "voice");
  const voice = voiceAttribute?.value?.trim();
  if (voice !== void 0 && isTemplated(doc.template, voice)) return;
  const wanted = language.value.trim().toLowerCase();
  const range2 = language.valueRange.end > language.valueRange.start ? language.valueRange : language.nameRange;
  const spoken = voice ? languagesOf(voice) : void 0;
  if (voice && spoken) {
    if (spoken.has(wanted)) return;
    const list = voice === "alice" ? ALICE_LANGUAGES : voice === "man" || voice === "woman" ? BASIC_VOICE_LANGUAGES.slice(0, 5) : spokenAsWritten(voice);
    report({
      rule: "say-voice-language",
      range: range2,
      message: `The voice "${voice}" does not speak "${language.value}"; it speaks ${list.join(", ")}. Pick a language of this voice, or a voice that speaks "${language.value}".`
    });
    return;
  }
  if (ANY_LANGUAGE.has(wanted) || BASIC.has(wanted)) return;
  report({
    rule: "unknown-attribute-value",
    range: range2,
    message: `language: "${language.value}" is not a language we know for <Say> (e.g. en-US, en-GB, es-ES, fr-FR). Twilio adds languages over time, so check its docs.`
  });
}
var DIALABLE = /^\+?\d{3,15}$/;
function checkDial(doc, dial, report) {
  if (hasElementChildren(dial)) return;
  const text3 = directText(dial).trim();
  if (text3 === "") {
    report({
      rule: "dial-empty",
      range: dial.nameRange,
      message: "<Dial> has nothing to dial: put a phone number between the tags, or a noun such as <Number>, <Client>, <Sip> or <Conference>."
    });
    return;
  }
  if (isTemplated(doc.template, text3)) return;
  if (/^sips?:/i.test(text3)) {
    const node = dial.children.find((child) => child.type === "text" && child.value.trim() !== "");
    const fixes = node && node.type === "text" && !node.cdata ? [
      {
        title: "Wrap the address in <Sip>",
        edits: [
          {
            range: {
              start: node.start + (node.value.length - node.value.trimStart().length),
              end: node.end - (node.value.length - node.value.trimEnd().length)
            },
            newText: `<Sip>${text3}</Sip>`
          }
        ],
        isPreferred: true
      }
    ] : void 0;
    report({
      rule: "dial-sip-text",
      range: dial.nameRange,
      message: `Text inside <Dial> is dialled as a phone number; to call the SIP address "${text3}", nest it in <Sip>: <Dial><Sip>${text3}</Sip></Dial>.`,
      fixes
    });
    return;
  }
  checkPhoneText(dial, text3, "Text inside <Dial>", report);
}
function checkNumber2(doc, number, report) {
  const text3 = directText(number).trim();
  if (text3 === "" || isTemplated(doc.template, text3)) return;
  checkPhoneText(number, text3, "<Number>", report);
}
var LOOKS_TEMPLATED = /[{}$%]/;
function checkPhoneText(element, text3, what, report) {
  if (DIALABLE.test(text3.replace(/[\s().-]/g, "")) || LOOKS_TEMPLATED.test(text3)) return;
  report({
    rule: "number-invalid",
    range: element.nameRange,
    message: `${what} must be a phone number, in E.164 form such as +14155550100 (Twilio also takes unformatted US numbers), not "${text3}".`
  });
}
function checkReject(doc, verbs, report) {
  for (let i = 1; i < verbs.length; i++) {
    const reject = verbs[i];
    if (reject.name !== "Reject" || doc.flow.unreachable.has(reject)) continue;
    const before = verbs.slice(0, i).find((verb) => sameTemplatePath(doc.template, verb.start, reject.start));
    if (!before) continue;
    report({
      rule: "reject-not-first",
      range: reject.nameRange,
      message: `<Reject> only declines the call as the first verb; after <${before.name}> Twilio has already answered it, so the caller is billed and hears the call end instead of ${attributeNamed(reject, "reason")?.value === "busy" ? "a busy signal" : "the call being rejected"}. Move <Reject> first, or use <Hangup>.`,
      related: { range: before.nameRange, message: `Twilio answers the call to run this <${before.name}>.` }
    });
    return;
  }
}

// server/src/services/validation/validate.ts
var SYNTAX = { id: "syntax", check: syntaxRule };
var ROOT = { id: "root", check: rootRule };
var ALL_RULES = [
  SYNTAX,
  ROOT,
  { id: "element", check: elementRule },
  { id: "attribute", check: attributeRule },
  { id: "reachability", check: reachabilityRule },
  { id: "messaging", check: messagingRule },
  { id: "voice", check: voiceRule }
];
var SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint
};
var NOT_TWIML_RULES = [SYNTAX, ROOT];
function collectFindings(doc, uri = "", guard = {}) {
  const findings = [];
  const notTwiml = doc.root !== void 0 && doc.root.name.toLowerCase() !== "response";
  const rules = notTwiml ? NOT_TWIML_RULES : [...ALL_RULES, ...guard.extraRules ?? []];
  for (const rule of rules) {
    const own = [];
    try {
      rule.check(doc, (finding) => own.push(finding));
      findings.push(...own);
    } catch (error2) {
      findings.push(internalErrorFinding(`the "${rule.id}" rules`));
      guard.onFailure?.({ uri, id: `rule:${rule.id}`, error: error2 });
    }
  }
  return findings;
}
function validate(textDocument, doc, maxDiagnostics, rules, guard) {
  const findings = applyRuleConfig(doc, collectFindings(doc, textDocument.uri, guard), rules).sort(
    (a, b) => a.range.start - b.range.start
  );
  const kept = findings.length > maxDiagnostics ? findings.slice(0, maxDiagnostics) : findings;
  const disable = disableFixer(doc);
  const diagnostics = kept.map((finding) => {
    const fix = disable(finding);
    return toDiagnostic(textDocument, fix ? { ...finding, fixes: [...finding.fixes ?? [], fix] } : finding);
  });
  if (findings.length > kept.length) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: "twiml",
      code: "too-many-diagnostics",
      message: `${findings.length - kept.length} more problems not shown (limit ${maxDiagnostics}, setting twiml.maxDiagnostics). Fix the ones above first.`
    });
  }
  return diagnostics;
}
function toDiagnostic(textDocument, finding) {
  const rule = RULES[finding.rule];
  const twilioCode = finding.twilioCode ?? ("twilioCode" in rule ? rule.twilioCode : void 0);
  const diagnostic = {
    range: toRange(textDocument, finding.range),
    severity: SEVERITY[finding.severity ?? rule.severity],
    source: "twiml",
    code: finding.rule,
    message: twilioCode ? `${finding.message} (Twilio ${twilioCode}${titleOf(twilioCode)})` : finding.message
  };
  if (twilioCode) diagnostic.codeDescription = { href: twilioErrorUrl(twilioCode) };
  const tags = [];
  if (finding.unnecessary) tags.push(DiagnosticTag.Unnecessary);
  if (finding.deprecated) tags.push(DiagnosticTag.Deprecated);
  if (tags.length) diagnostic.tags = tags;
  if (finding.related) diagnostic.relatedInformation = [related(textDocument, finding.related)];
  const data = { fixes: (finding.fixes ?? []).map((fix) => toFix(textDocument, fix)), twilioCode };
  diagnostic.data = data;
  return diagnostic;
}
function titleOf(code) {
  const known = twilioError(code);
  return known ? `: ${known.title}` : "";
}
function related(textDocument, info) {
  return { location: { uri: textDocument.uri, range: toRange(textDocument, info.range) }, message: info.message };
}
function toFix(textDocument, fix) {
  return {
    title: fix.title,
    isPreferred: fix.isPreferred,
    group: fix.group,
    edits: fix.edits.map((edit) => ({ range: toRange(textDocument, edit.range), newText: edit.newText }))
  };
}
function toRange(textDocument, range2) {
  return {
    start: textDocument.positionAt(range2.start),
    end: textDocument.positionAt(Math.max(range2.start, range2.end))
  };
}

// server/src/languageService.ts
function createLanguageService(options = {}) {
  const guard = { extraRules: options.extraRules, onFailure: options.onFailure };
  const analyze = (document2, settings) => analyzeTwiml(document2.getText(), settings?.dialect ?? DEFAULT_SETTINGS.dialect);
  const doValidation = (document2, twiml, settings) => validate(
    document2,
    twiml ?? analyze(document2, settings),
    settings?.maxDiagnostics ?? DEFAULT_SETTINGS.maxDiagnostics,
    settings?.rules,
    guard
  );
  const getPreviewModel = (document2, twiml, settings, diagnostics) => {
    const analysed = twiml ?? analyze(document2, settings);
    return buildPreviewModel(document2, analysed, diagnostics ?? doValidation(document2, analysed, settings));
  };
  return {
    analyze,
    doValidation,
    getPreviewModel,
    validateText: (text3, settings) => doValidation(TextDocument.create("untitled:twiml", "twiml", 0, text3), void 0, settings),
    doComplete: (document2, position, twiml, context) => doComplete(document2, position, twiml ?? analyze(document2), context),
    doHover: (document2, position, twiml) => doHover(document2, position, twiml ?? analyze(document2)),
    findDocumentSymbols: (document2, twiml) => findDocumentSymbols(document2, twiml ?? analyze(document2)),
    getFoldingRanges: (document2, twiml, rangeLimit) => getFoldingRanges(document2, twiml ?? analyze(document2), rangeLimit),
    findLinkedEditingRanges: (document2, position, twiml) => findLinkedEditingRanges(document2, position, twiml ?? analyze(document2)),
    // The range is implied by the diagnostics the client sends; fix-all needs every diagnostic, uncapped.
    doCodeActions: (document2, _range, context, twiml, settings) => doCodeActions(
      document2,
      context,
      () => doValidation(document2, twiml ?? analyze(document2, settings), {
        ...settings,
        maxDiagnostics: Number.MAX_SAFE_INTEGER
      })
    )
  };
}

// fuzz/prng.ts
var Prng = class {
  state;
  /** Same seed → same sequence, on every platform (32-bit integer arithmetic only). */
  constructor(seed) {
    this.state = seed >>> 0;
  }
  /** Next float in [0, 1). */
  next() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Integer in [0, max). */
  int(max) {
    return Math.floor(this.next() * max);
  }
  /** Integer in [min, max] (both inclusive). */
  range(min, max) {
    return min + this.int(max - min + 1);
  }
  /** True with probability `p`. */
  chance(p) {
    return this.next() < p;
  }
  /** A uniformly chosen element of a non-empty list. */
  pick(items) {
    return items[this.int(items.length)];
  }
};

// bench/generate.ts
var VOICES = ["Polly.Joanna", "Polly.Matthew", "alice", "man", "woman", "Google.en-US-Neural2-F"];
var LANGUAGES = ["en-US", "en-GB", "es-MX", "fr-FR", "de-DE"];
var SPOKEN = {
  "Polly.Joanna": ["en-US"],
  "Polly.Matthew": ["en-US"],
  alice: LANGUAGES,
  man: ["en-US", "en-GB"],
  woman: ["en-US", "en-GB"],
  "Google.en-US-Neural2-F": ["en-US"]
};
function voiceAndLanguage(voice, language) {
  const spoken = SPOKEN[voice] ?? [language];
  return `voice="${voice}" language="${spoken.includes(language) ? language : spoken[0]}"`;
}
var WORDS = [
  "thanks",
  "for",
  "calling",
  "your",
  "order",
  "has",
  "shipped",
  "press",
  "one",
  "to",
  "talk",
  "with",
  "sales",
  "two",
  "support",
  "caf\xE9",
  "na\xEFve",
  "we",
  "will",
  "call",
  "back",
  "tomorrow",
  "between",
  "nine",
  "and",
  "five"
];
var ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#233;", "&#x1F600;"];
function sentence(prng, words) {
  const out = [];
  for (let i = 0; i < words; i++) {
    out.push(prng.pick(WORDS));
    if (prng.chance(0.08)) out.push(prng.pick(ENTITIES));
  }
  const text3 = out.join(" ");
  return text3[0].toUpperCase() + text3.slice(1) + ".";
}
function phone(prng) {
  return `+1415555${String(prng.int(1e4)).padStart(4, "0")}`;
}
function voiceBlock(prng, index) {
  switch (prng.int(6)) {
    case 0:
      return `  <Say ${voiceAndLanguage(prng.pick(VOICES), prng.pick(LANGUAGES))}>${sentence(prng, prng.range(6, 20))}</Say>
`;
    case 1:
      return `  <Play loop="${prng.range(1, 3)}">https://example.com/audio/clip-${index}.mp3</Play>
`;
    case 2:
      return `  <Pause length="${prng.range(1, 5)}"/>
`;
    case 3:
      return `  <Gather input="dtmf speech" timeout="${prng.range(3, 10)}" numDigits="1" hints="sales, support" language="${prng.pick(LANGUAGES)}">
    <Say voice="${prng.pick(VOICES)}">${sentence(prng, prng.range(8, 16))}</Say>
    <Pause length="1"/>
  </Gather>
`;
    case 4:
      return `  <Dial callerId="${phone(prng)}" timeout="${prng.range(10, 30)}" record="record-from-answer">
    <Number sendDigits="ww${prng.int(1e3)}" statusCallbackEvent="initiated ringing answered completed" statusCallback="https://example.com/status/${index}">${phone(prng)}</Number>
  </Dial>
`;
    default:
      return `  <!-- step ${index}: ${prng.pick(WORDS)} -->
`;
  }
}
function messagingBlock(prng, index) {
  switch (prng.int(4)) {
    case 0:
      return `  <Message to="${phone(prng)}" from="${phone(prng)}">${sentence(prng, prng.range(5, 25))}</Message>
`;
    case 1:
      return `  <Message>
    <Body>${sentence(prng, prng.range(5, 30))}</Body>
    <Media>https://example.com/img/${index}.png</Media>
  </Message>
`;
    case 2:
      return `  <Message statusCallback="https://example.com/sms/status?id=${index}&amp;try=1">${sentence(prng, prng.range(3, 12))}</Message>
`;
    default:
      return `  <!-- reply ${index} -->
`;
  }
}
function generateTwiml(targetBytes, dialect = "voice", seed = 1) {
  const prng = new Prng(seed);
  const head = `<?xml version="1.0" encoding="UTF-8"?>
<!-- twiml: ${dialect} -->
<Response>
`;
  const tail = dialect === "voice" ? '  <Redirect method="POST">/next-step</Redirect>\n</Response>\n' : "</Response>\n";
  const parts = [head];
  let size = head.length + tail.length;
  for (let index = 0; size < targetBytes; index++) {
    const block = dialect === "voice" ? voiceBlock(prng, index) : messagingBlock(prng, index);
    parts.push(block);
    size += block.length;
  }
  parts.push(tail);
  return parts.join("");
}

// prof.tmp.ts
var kb = Number(process.argv[2] ?? 64);
var text2 = generateTwiml(kb * 1024, "voice", 7);
var service = createLanguageService();
var document = TextDocument.create("file:///bench.twiml", "twiml", 1, text2);
var times = [];
for (let i = 0; i < 150; i++) {
  const t0 = performance.now();
  service.doValidation(document, service.analyze(document));
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${kb} kB: median ${times[75].toFixed(2)} ms, p10 ${times[15].toFixed(2)}`);
